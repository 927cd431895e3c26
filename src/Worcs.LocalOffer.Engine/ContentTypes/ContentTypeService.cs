using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>
/// Creates, changes and deletes document, media and element types. A change carries existing content along in
/// the same transaction: see <see cref="StoredValueMigrator"/>.
/// </summary>
public sealed class ContentTypeService
{
    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly StoredValueMigrator _migrator;
    private readonly TimeProvider _clock;

    internal ContentTypeService(IUnitOfWorkFactory unitsOfWork, StoredValueMigrator migrator, TimeProvider clock)
    {
        _unitsOfWork = unitsOfWork;
        _migrator = migrator;
        _clock = clock;
    }

    public async Task<ContentType?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.ContentTypes.GetAsync(key, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentType>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.ContentTypes.GetAllAsync(cancellationToken);
    }

    /// <summary>Creates the type, or changes the stored type with the same key to match <paramref name="definition"/>.</summary>
    public Task<OperationResult<ContentType>> SaveAsync(ContentType definition, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(unitOfWork => SaveAsync(unitOfWork, definition, expectedRevision, cancellationToken), cancellationToken);

    /// <summary>Deletes a type that no node, type or data type uses any more.</summary>
    public Task<OperationResult> DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(unitOfWork => ContentTypeDeletion.DeleteAsync(unitOfWork, key, cancellationToken), cancellationToken);

    private async Task<OperationResult<ContentType>> SaveAsync(IUnitOfWork unitOfWork, ContentType definition, int? expectedRevision, CancellationToken cancellationToken)
    {
        var stored = (await unitOfWork.ContentTypes.GetAllAsync(cancellationToken)).ToDictionary(type => type.Key);
        var dataTypes = (await unitOfWork.DataTypes.GetAllAsync(cancellationToken)).ToDictionary(dataType => dataType.Key);
        var existing = stored.GetValueOrDefault(definition.Key);
        var candidate = new ContentType();
        ContentTypeCopy.Apply(definition, candidate, existing);
        candidate.Key = definition.Key == Guid.Empty ? Guid.NewGuid() : definition.Key;
        var errors = ContentTypeValidator.Validate(candidate, stored, dataTypes.Keys.ToHashSet());
        if (existing is not null)
        {
            errors.AddRange(ChangeRules.Check(existing, candidate, expectedRevision));
            var variationChanges = VariationRules.Changes(existing, candidate).ToList();
            if (variationChanges.Count > 0 && (await unitOfWork.Nodes.GetByContentTypesAsync([existing.Key], cancellationToken)).Count > 0)
            {
                errors.AddRange(variationChanges);
            }
        }

        if (errors.Count > 0)
        {
            return OperationResult<ContentType>.Fail(errors.Any(error => error.Path == "revision") ? OperationStatus.Conflict : OperationStatus.Invalid, errors);
        }

        var migrated = await _migrator.MigrateAsync(unitOfWork, candidate, stored, dataTypes, cancellationToken);
        if (!migrated.Succeeded)
        {
            return OperationResult<ContentType>.From(migrated);
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var target = existing ?? new ContentType { CreateDate = now };
        ContentTypeCopy.Apply(candidate, target, existing);
        target.UpdateDate = now;
        if (existing is null)
        {
            unitOfWork.ContentTypes.Add(target);
        }
        else
        {
            target.Revision++;
            unitOfWork.ContentTypes.Update(target);
        }

        unitOfWork.Raise(new ContentTypeChangedNotification([target.Key], migrated.Value!));
        return OperationResult<ContentType>.Success(target);
    }
}
