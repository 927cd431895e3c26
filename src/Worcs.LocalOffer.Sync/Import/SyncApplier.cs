using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Sync.Mapping;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Writes a plan through the engine's services, item by item, stopping at the first failure (the importer runs it in one transaction).
/// Languages go first (the default first; a fallback not yet stored is set in a second pass), and types in two passes: first without
/// references to types not yet stored, then with all of them.
/// </summary>
internal sealed class SyncApplier(LanguageService languages, DataTypeService dataTypes, ContentTypeService contentTypes, DocumentService documents, MediaService media)
{
    private readonly NodeApplier _nodes = new(documents, media);

    public async Task<List<SyncItemChange>> ApplyAsync(SyncPlan plan, CancellationToken cancellationToken)
    {
        var applied = new List<SyncItemChange>();
        if (!await ApplyLanguagesAsync(plan, applied, cancellationToken))
        {
            return applied;
        }

        foreach (var planned in plan.DataTypes.Where(IsPending))
        {
            if (!Record(plan, planned.Change, await dataTypes.SaveAsync(planned.Item, cancellationToken: cancellationToken), applied))
            {
                return applied;
            }
        }

        if (!await ApplyContentTypesAsync(plan, applied, cancellationToken))
        {
            return applied;
        }

        foreach (var planned in plan.Nodes.Where(node => node.Change.Kind != SyncChangeKind.None))
        {
            if (!Record(plan, planned.Change, await _nodes.ApplyAsync(planned, cancellationToken), applied))
            {
                return applied;
            }
        }

        // Trashed branches are written live first (a child cannot be created inside the bin), then binned whole.
        foreach (var planned in plan.Nodes.Where(node => node.Trash))
        {
            if (!Record(plan, planned.Change, await _nodes.TrashAsync(planned, cancellationToken), null))
            {
                return applied;
            }
        }

        foreach (var change in plan.Deletes.Where(change => change.Kind == SyncChangeKind.Delete))
        {
            if (!Record(plan, change, await DeleteAsync(change, cancellationToken), applied))
            {
                return applied;
            }
        }

        return applied;
    }

    private async Task<bool> ApplyLanguagesAsync(SyncPlan plan, List<SyncItemChange> applied, CancellationToken cancellationToken)
    {
        var known = (await languages.GetAllAsync(cancellationToken)).Select(language => language.IsoCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var secondPass = new List<PlannedChange<Language>>();
        foreach (var planned in plan.Languages.Where(IsPending).OrderByDescending(planned => planned.Item.IsDefault))
        {
            var language = planned.Item;
            known.Add(language.IsoCode);
            if (language.FallbackIsoCode is { } fallback && !known.Contains(fallback))
            {
                secondPass.Add(planned);
                language = new Language { IsoCode = language.IsoCode, Name = language.Name, IsDefault = language.IsDefault, IsMandatory = language.IsMandatory };
            }

            if (!Record(plan, planned.Change, await languages.SaveAsync(language, cancellationToken: cancellationToken), applied))
            {
                return false;
            }
        }

        foreach (var planned in secondPass)
        {
            if (!Record(plan, planned.Change, await languages.SaveAsync(planned.Item, cancellationToken: cancellationToken), null))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> ApplyContentTypesAsync(SyncPlan plan, List<SyncItemChange> applied, CancellationToken cancellationToken)
    {
        var pending = plan.ContentTypes.Where(IsPending).ToList();
        var stored = (await contentTypes.GetAllAsync(cancellationToken)).Select(type => type.Key).ToHashSet();
        var secondPass = new List<PlannedChange<ContentType>>();
        foreach (var planned in pending)
        {
            stored.Add(planned.Item.Key);
            var firstPass = ContentTypeMapper.WithReferencesTo(planned.Item, stored);
            if (firstPass.AllowedChildTypeKeys.Count != planned.Item.AllowedChildTypeKeys.Count || firstPass.CompositionKeys.Count != planned.Item.CompositionKeys.Count)
            {
                secondPass.Add(planned);
            }

            if (!Record(plan, planned.Change, await contentTypes.SaveAsync(firstPass, cancellationToken: cancellationToken), applied))
            {
                return false;
            }
        }

        foreach (var planned in secondPass)
        {
            if (!Record(plan, planned.Change, await contentTypes.SaveAsync(planned.Item, cancellationToken: cancellationToken), null))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<OperationResult> DeleteAsync(SyncItemChange change, CancellationToken cancellationToken) =>
        change.ItemType switch
        {
            SyncItemType.Document => await documents.DeleteAsync(change.Key, cancellationToken),
            SyncItemType.Media => await media.DeleteAsync(change.Key, cancellationToken),
            SyncItemType.ContentType or SyncItemType.MediaType => await contentTypes.DeleteAsync(change.Key, cancellationToken),
            SyncItemType.DataType => await dataTypes.DeleteAsync(change.Key, cancellationToken),
            SyncItemType.Language => await languages.DeleteAsync(change.Name, cancellationToken),
        };

    private static bool IsPending<T>(PlannedChange<T> planned) => planned.Change.Kind != SyncChangeKind.None;

    private static bool Record(SyncPlan plan, SyncItemChange change, OperationResult result, List<SyncItemChange>? applied)
    {
        if (result.Succeeded)
        {
            applied?.Add(change);
            return true;
        }

        foreach (var error in result.Errors)
        {
            plan.Error(change.File, $"{change.ItemType} '{change.Name}' ({change.Key}): {result.Status}: {error}");
        }

        return false;
    }
}
