using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Plans <c>Empty</c> markers with <c>Change="Clean"</c> (uSync's <c>{name}_clean.config</c>): the children of the
/// marker's item (the root for an all-zero key) that no file of the same handler folder names are deleted. Those
/// deletes lose content, so they are refused without <see cref="SyncImportOptions.AllowDataLoss"/>. Type folders are
/// not modelled, so Clean markers outside <c>Content</c> and <c>Media</c> are reported and left alone.
/// </summary>
internal static class CleanPlanner
{
    public static async Task PlanAsync(
        SyncPlan plan,
        SyncFolder folder,
        bool allowDataLoss,
        Func<ContentKind, Guid?, CancellationToken, Task<IReadOnlyList<Node>>> children,
        CancellationToken cancellationToken)
    {
        var planned = plan.Deletes.Select(change => change.Key).ToHashSet();
        var markers = folder.Files.Where(file => file.Item is SyncEmpty { Change: SyncChange.Clean } && !string.Equals(file.HandlerFolder, LanguagePlanner.Folder, StringComparison.OrdinalIgnoreCase));
        foreach (var marker in markers.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            var label = $"Clean marker '{marker.Item.Alias}' ({marker.Item.Key})";
            ContentKind? kind = marker.HandlerFolder?.ToLowerInvariant() switch
            {
                "content" => ContentKind.Document,
                "media" => ContentKind.Media,
                _ => null,
            };
            if (kind is not { } contentKind)
            {
                plan.Problems.Add(new SyncProblem(SyncSeverity.Warning, marker.Path, null, $"{label}: Clean markers in '{marker.HandlerFolder}' are not applied (type folders are not modelled); items missing from the folder are left in place"));
                continue;
            }

            var keep = folder.In(marker.HandlerFolder!).Select(file => file.Item.Key).ToHashSet();
            var parentKey = marker.Item.Key == Guid.Empty ? (Guid?)null : marker.Item.Key;
            var missing = (await children(contentKind, parentKey, cancellationToken)).Where(child => !keep.Contains(child.Key) && planned.Add(child.Key)).ToList();
            var itemType = contentKind == ContentKind.Media ? SyncItemType.Media : SyncItemType.Document;
            foreach (var child in missing)
            {
                plan.Deletes.Add(new SyncItemChange(itemType, child.Key, child.Name, marker.Path, SyncChangeKind.Delete, [$"not in the folder ({label})", "data loss: deletes it and everything below it"], DataLoss: true));
            }

            if (missing.Count > 0 && !allowDataLoss)
            {
                plan.Error(marker.Path, $"{label}: refused because it would delete {missing.Count} {(contentKind == ContentKind.Media ? "media item(s)" : "document(s)")} that no file names: {string.Join(", ", missing.Select(child => $"'{child.Name}' ({child.Key})"))}. Import with AllowDataLoss (--allow-data-loss) to apply it.");
            }
        }
    }
}
