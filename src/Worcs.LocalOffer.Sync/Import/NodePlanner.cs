using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Plans media, then documents, parents first (by level, then sort order).</summary>
internal static class NodePlanner
{
    public static async Task PlanAsync(
        SyncPlan plan,
        SyncFolder folder,
        IReadOnlyList<ContentType> storedTypes,
        Func<ContentKind, Guid, CancellationToken, Task<NodeSnapshot?>> load,
        MediaFileFactsFiller? facts,
        CancellationToken cancellationToken)
    {
        var typeAliases = storedTypes.ToDictionary(type => type.Key, type => type.Alias);
        var files = folder.Files.Where(file => file.Item is SyncContent)
            .Select(file => (File: file, Content: (SyncContent)file.Item))
            .OrderBy(entry => entry.Content.Kind == ContentKind.Media ? 0 : 1)
            .ThenBy(entry => entry.Content.Level)
            .ThenBy(entry => entry.Content.Info.SortOrder ?? int.MaxValue)
            .ThenBy(entry => entry.File.Path, StringComparer.Ordinal);
        foreach (var (file, fileContent) in files)
        {
            var content = fileContent;
            var itemType = content.Kind == ContentKind.Media ? SyncItemType.Media : SyncItemType.Document;
            var name = ContentMapper.Name(content);
            if (content.Info.Trashed)
            {
                plan.Problems.Add(new SyncProblem(SyncSeverity.Warning, file.Path, null, $"{content.ElementName} '{name}' ({content.Key}): items in the recycle bin are not imported"));
                continue;
            }

            if (content.Kind == ContentKind.Media)
            {
                CheckMediaFile(plan, file.Path, content);
                content = facts?.Fill(plan, file.Path, content) ?? content;
            }

            var stored = await load(content.Kind, content.Key, cancellationToken);
            var details = stored is null ? [] : ContentMapper.Differences(stored, typeAliases.GetValueOrDefault(stored.Node.ContentTypeKey) ?? "", content);
            if (stored is not null && stored.Node.Trashed)
            {
                plan.Error(file.Path, $"{content.ElementName} '{name}' ({content.Key}): the item is in the recycle bin; restore or delete it first");
            }

            if (details.Any(detail => detail.StartsWith("contentType:", StringComparison.Ordinal)))
            {
                plan.Error(file.Path, $"{content.ElementName} '{name}' ({content.Key}): its type cannot change from '{typeAliases.GetValueOrDefault(stored!.Node.ContentTypeKey)}' to '{content.Info.ContentType}'");
            }

            var kind = stored is null ? SyncChangeKind.Create : details.Count > 0 ? SyncChangeKind.Update : SyncChangeKind.None;
            plan.Nodes.Add(new PlannedNode(new SyncItemChange(itemType, content.Key, name, file.Path, kind, details), content, stored));
        }
    }

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
