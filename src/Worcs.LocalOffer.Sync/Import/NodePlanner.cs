using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Plans media, then documents, parents first (by level, then sort order). Trashed items (<c>Trashed</c> true,
/// level + 100) come last: they are written where they are restored to and then moved to the recycle bin.
/// </summary>
internal static class NodePlanner
{
    public static async Task PlanAsync(
        SyncPlan plan,
        SyncFolder folder,
        IReadOnlyList<ContentType> storedTypes,
        DateTime nowUtc,
        Func<ContentKind, Guid, CancellationToken, Task<NodeSnapshot?>> load,
        MediaFileFactsFiller? facts,
        Func<SyncContent, ContentShape> shapes,
        CancellationToken cancellationToken)
    {
        var typeAliases = storedTypes.ToDictionary(type => type.Key, type => type.Alias);
        var contents = folder.Files.Where(file => file.Item is SyncContent)
            .Select(file => (File: file, Content: (SyncContent)file.Item))
            .ToList();
        var trashedKeys = contents.Where(entry => entry.Content.Info.Trashed).Select(entry => entry.Content.Key).ToHashSet();
        var liveKeys = contents.Where(entry => !entry.Content.Info.Trashed).Select(entry => entry.Content.Key).ToHashSet();
        var ordered = contents
            .OrderBy(entry => entry.Content.Kind == ContentKind.Media ? 0 : 1)
            .ThenBy(entry => entry.Content.Level)
            .ThenBy(entry => entry.Content.Info.SortOrder ?? int.MaxValue)
            .ThenBy(entry => entry.File.Path, StringComparer.Ordinal);
        foreach (var (file, fileContent) in ordered)
        {
            var content = fileContent;
            var itemType = content.Kind == ContentKind.Media ? SyncItemType.Media : SyncItemType.Document;
            var name = ContentMapper.Name(content);
            var label = $"{content.ElementName} '{name}' ({content.Key})";
            if (content.Kind == ContentKind.Media)
            {
                CheckMediaFile(plan, file.Path, content);
                content = facts?.Fill(plan, file.Path, content) ?? content;
            }

            var stored = await load(content.Kind, content.Key, cancellationToken);
            var shape = shapes(content);
            var trashed = content.Info.Trashed;
            var parentKey = ContentMapper.ParentKey(content);
            var top = trashed && (parentKey is null || !trashedKeys.Contains(parentKey.Value));
            if (top)
            {
                parentKey = await RestoreParentAsync(content, liveKeys, load, cancellationToken);
            }

            var errors = new List<string>();
            var warnings = new List<string>();
            var state = trashed || content.Kind == ContentKind.Media
                ? ContentScheduleState.None
                : ContentSchedules.Resolve(content, ContentMapper.Published(content), nowUtc, errors, warnings);
            var restore = stored is { Node.Trashed: true } && !trashed;
            if (restore && stored!.Node.ParentKey is not null)
            {
                errors.Add("it is inside a trashed item in the recycle bin; restore that item first");
            }

            var details = stored is null || stored.Node.Trashed && trashed
                ? []
                : ContentMapper.Differences(stored, typeAliases.GetValueOrDefault(stored.Node.ContentTypeKey) ?? "", content, parentKey, state.Publish, shape);
            if (stored is not null && details.Any(detail => detail.StartsWith("contentType:", StringComparison.Ordinal)))
            {
                errors.Add($"its type cannot change from '{typeAliases.GetValueOrDefault(stored.Node.ContentTypeKey)}' to '{content.Info.ContentType}'");
            }

            if (stored is { Node.Trashed: true } && trashed
                && ContentMapper.Differences(stored, content.Info.ContentType, content, stored.Node.ParentKey, null, shape).Count > 0)
            {
                warnings.Add("it is already in the recycle bin, where it is left as it is; the file's changes are not applied");
            }

            AddScheduleDetail(details, stored, state);
            if (restore)
            {
                details.Insert(0, "restore from the recycle bin");
            }

            var trash = top && stored is not { Node.Trashed: true };
            if (trash)
            {
                details.Add("move to the recycle bin");
            }

            errors.ForEach(error => plan.Error(file.Path, $"{label}: {error}"));
            warnings.ForEach(warning => plan.Problems.Add(new SyncProblem(SyncSeverity.Warning, file.Path, null, $"{label}: {warning}")));
            var kind = stored is null ? SyncChangeKind.Create : details.Count > 0 ? SyncChangeKind.Update : SyncChangeKind.None;
            plan.Nodes.Add(new PlannedNode(new SyncItemChange(itemType, content.Key, name, file.Path, kind, details), content, stored)
            {
                ParentKey = parentKey,
                State = state,
                Shape = shape,
                Trash = trash,
                Restore = restore,
            });
        }
    }

    /// <summary>The top of a trashed branch goes back under <c>Trashed/@Parent</c> when that item exists (or is imported), else at the root.</summary>
    private static async Task<Guid?> RestoreParentAsync(SyncContent content, HashSet<Guid> liveKeys, Func<ContentKind, Guid, CancellationToken, Task<NodeSnapshot?>> load, CancellationToken cancellationToken)
    {
        if (content.Info.TrashedParent is not { } restore || restore == Guid.Empty)
        {
            return null;
        }

        return liveKeys.Contains(restore) || await load(content.Kind, restore, cancellationToken) is { Node.Trashed: false } ? restore : null;
    }

    private static void AddScheduleDetail(List<string> details, NodeSnapshot? stored, ContentScheduleState state)
    {
        var (publishAt, unpublishAt) = (stored?.Node.ScheduledPublishDate, stored?.Node.ScheduledUnpublishDate);
        if (stored is { Node.Trashed: true } || (publishAt == state.PublishAt && unpublishAt == state.UnpublishAt))
        {
            return;
        }

        details.Add($"schedule: publish {Show(publishAt)} → {Show(state.PublishAt)}, unpublish {Show(unpublishAt)} → {Show(state.UnpublishAt)}");
    }

    private static string Show(DateTime? date) => date is { } value ? value.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "none";

    /// <summary>A file path that climbs out of the media folder is refused before anything is written.</summary>
    private static void CheckMediaFile(SyncPlan plan, string path, SyncContent content)
    {
        var value = ContentMapper.Values(content).GetValueOrDefault("umbracoFile");
        if (value is not null && MediaFiles.IsUnsafe(value))
        {
            plan.Error(path, $"Media '{ContentMapper.Name(content)}' ({content.Key}): umbracoFile '{value}' points outside the media folder");
        }
    }
}
