using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.DataTypes;

/// <summary>Creates, changes and deletes data types. Names are unique, as uSync identifies data types by name.</summary>
public sealed class DataTypeService
{
    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly PropertyEditorCollection _editors;
    private readonly TimeProvider _clock;

    internal DataTypeService(IUnitOfWorkFactory unitsOfWork, PropertyEditorCollection editors, TimeProvider clock)
    {
        _unitsOfWork = unitsOfWork;
        _editors = editors;
        _clock = clock;
    }

    public async Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.DataTypes.GetAllAsync(cancellationToken);
    }

    public async Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.DataTypes.GetAsync(key, cancellationToken);
    }

    public Task<OperationResult<DataType>> SaveAsync(DataType definition, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                var all = await unitOfWork.DataTypes.GetAllAsync(cancellationToken);
                var existing = all.FirstOrDefault(dataType => dataType.Key == definition.Key);
                var errors = DataTypeRules.Validate(definition, all, _editors);
                if (existing is not null)
                {
                    errors.AddRange(await CheckChangeAsync(unitOfWork, existing, definition, expectedRevision, cancellationToken));
                }

                if (errors.Count > 0)
                {
                    return OperationResult<DataType>.Fail(errors.Any(error => error.Path == "revision") ? OperationStatus.Conflict : OperationStatus.Invalid, errors);
                }

                var now = _clock.GetUtcNow().UtcDateTime;
                var target = existing ?? new DataType { Key = definition.Key == Guid.Empty ? Guid.NewGuid() : definition.Key, CreateDate = now };
                target.Name = definition.Name.Trim();
                target.EditorAlias = definition.EditorAlias;
                target.EditorUiAlias = definition.EditorUiAlias;
                target.ConfigurationJson = string.IsNullOrWhiteSpace(definition.ConfigurationJson) ? "{}" : definition.ConfigurationJson;
                target.UpdateDate = now;
                if (existing is null)
                {
                    unitOfWork.DataTypes.Add(target);
                }
                else
                {
                    target.Revision++;
                }

                unitOfWork.Raise(new DataTypeChangedNotification([target.Key]));
                return OperationResult<DataType>.Success(target);
            },
            cancellationToken);

    /// <summary>Deletes a data type that no property uses.</summary>
    public Task<OperationResult> DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                if (await unitOfWork.DataTypes.GetAsync(key, cancellationToken) is not { } dataType)
                {
                    return OperationResult.NotFound("key", key);
                }

                var users = await UsersAsync(unitOfWork, key, cancellationToken);
                if (users.Count > 0)
                {
                    return OperationResult.Fail(OperationStatus.NotAllowed, new ValidationError("key", $"'{dataType.Name}' is used by {string.Join(", ", users)}."));
                }

                unitOfWork.DataTypes.Remove(dataType);
                unitOfWork.Raise(new DataTypeChangedNotification([key]));
                return OperationResult.Success();
            },
            cancellationToken);

    private static async Task<List<ValidationError>> CheckChangeAsync(IUnitOfWork unitOfWork, DataType existing, DataType definition, int? expectedRevision, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (expectedRevision is { } expected && expected != existing.Revision)
        {
            errors.Add(new("revision", $"'{existing.Name}' was changed by someone else (revision {existing.Revision}, you loaded {expected}); reload it and try again."));
        }

        if (!string.Equals(existing.EditorAlias, definition.EditorAlias, StringComparison.OrdinalIgnoreCase)
            && await UsersAsync(unitOfWork, existing.Key, cancellationToken) is { Count: > 0 } users)
        {
            errors.Add(new("editorAlias", $"The editor of '{existing.Name}' cannot change while {string.Join(", ", users)} use it; point those properties at another data type instead, which converts their values."));
        }

        return errors;
    }

    private static async Task<List<string>> UsersAsync(IUnitOfWork unitOfWork, Guid dataTypeKey, CancellationToken cancellationToken) =>
        [.. (await unitOfWork.ContentTypes.GetAllAsync(cancellationToken))
            .SelectMany(type => type.Properties.Where(property => property.DataTypeKey == dataTypeKey).Select(property => $"{type.Alias}.{property.Alias}"))];
}
