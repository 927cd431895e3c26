using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>Deletes a type only when nothing depends on it; other types stop allowing it as a child.</summary>
internal static class ContentTypeDeletion
{
    public static async Task<OperationResult> DeleteAsync(IUnitOfWork unitOfWork, Guid key, CancellationToken cancellationToken)
    {
        var types = await unitOfWork.ContentTypes.GetAllAsync(cancellationToken);
        if (types.FirstOrDefault(type => type.Key == key) is not { } target)
        {
            return OperationResult.NotFound("key", key);
        }

        var errors = new List<ValidationError>();
        var nodes = await unitOfWork.Nodes.GetByContentTypesAsync([key], cancellationToken);
        if (nodes.Count > 0)
        {
            errors.Add(new("key", $"'{target.Alias}' is used by {nodes.Count} item(s), such as '{nodes[0].Name}'; delete or move them first."));
        }

        errors.AddRange(types.Where(type => type.CompositionKeys.Contains(key))
            .Select(type => new ValidationError("key", $"'{target.Alias}' is a composition of '{type.Alias}'.")));
        var keyText = key.ToString();
        errors.AddRange((await unitOfWork.DataTypes.GetAllAsync(cancellationToken))
            .Where(dataType => dataType.ConfigurationJson.Contains(keyText, StringComparison.OrdinalIgnoreCase))
            .Select(dataType => new ValidationError("key", $"'{target.Alias}' is used by the data type '{dataType.Name}'.")));
        if (errors.Count > 0)
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, errors);
        }

        foreach (var parent in types.Where(type => type.AllowedChildTypeKeys.Remove(key)))
        {
            parent.Revision++;
            unitOfWork.ContentTypes.Update(parent);
        }

        unitOfWork.ContentTypes.Remove(target);
        unitOfWork.Raise(new ContentTypeChangedNotification([key], []));
        return OperationResult.Success();
    }
}
