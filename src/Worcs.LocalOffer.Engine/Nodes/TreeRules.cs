using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Where a node of a given type may live: at the root only if its type allows it, else under a parent whose type allows it.</summary>
internal static class TreeRules
{
    /// <summary>Checks the placement and returns the parent (null for the root).</summary>
    public static async Task<OperationResult<Node?>> CheckPlacementAsync(
        IUnitOfWork unitOfWork,
        NodeKind kind,
        ContentType type,
        Guid? parentKey,
        CancellationToken cancellationToken)
    {
        if (parentKey is null)
        {
            return RootError(type) is { } notAtRoot
                ? OperationResult<Node?>.Fail(OperationStatus.NotAllowed, notAtRoot)
                : OperationResult<Node?>.Success(null);
        }

        var parent = await unitOfWork.Nodes.GetAsync(parentKey.Value, cancellationToken);
        if (parent is null || parent.Kind != kind)
        {
            return OperationResult<Node?>.Fail(OperationStatus.Invalid, new ValidationError("parent", $"The parent {parentKey} does not exist."));
        }

        if (parent.Trashed)
        {
            return OperationResult<Node?>.Fail(OperationStatus.NotAllowed, new ValidationError("parent", $"The parent '{parent.Name}' is in the recycle bin."));
        }

        var parentType = await unitOfWork.ContentTypes.GetAsync(parent.ContentTypeKey, cancellationToken);
        return ChildError(type, parent.Name, parentType) is { } notAllowed
            ? OperationResult<Node?>.Fail(OperationStatus.NotAllowed, notAllowed)
            : OperationResult<Node?>.Success(parent);
    }

    public static ValidationError? RootError(ContentType type) =>
        type.AllowedAtRoot ? null : new ValidationError("parent", $"Items of type '{type.Alias}' are not allowed at the root.");

    public static ValidationError? ChildError(ContentType type, string parentName, ContentType? parentType) =>
        parentType is not null && parentType.AllowedChildTypeKeys.Contains(type.Key)
            ? null
            : new ValidationError("parent", $"Items of type '{type.Alias}' are not allowed under '{parentName}' (type '{parentType?.Alias}').");
}
