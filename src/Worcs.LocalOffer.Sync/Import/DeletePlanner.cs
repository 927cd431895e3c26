using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Plans <c>Empty</c> markers with <c>Change="Delete"</c>: the item with that key is deleted if it exists. <c>Rename</c>
/// markers need nothing (the item's new file carries its key); <c>Clean</c> markers are planned by <see cref="CleanPlanner"/>.
/// </summary>
internal static class DeletePlanner
{
    private static readonly string[] Order = ["Content", "Media", "ContentTypes", "MediaTypes", "DataTypes"];

    public static async Task PlanAsync(
        SyncPlan plan,
        SyncFolder folder,
        IReadOnlyList<DataType> dataTypes,
        IReadOnlyList<ContentType> types,
        Func<ContentKind, Guid, CancellationToken, Task<NodeSnapshot?>> load,
        CancellationToken cancellationToken)
    {
        // Language markers are planned with the languages, by ISO code.
        var markers = folder.Files.Where(file => file.Item is SyncEmpty { Change: SyncChange.Delete } && !string.Equals(file.HandlerFolder, LanguagePlanner.Folder, StringComparison.OrdinalIgnoreCase))
            .OrderBy(file => Array.FindIndex(Order, handler => string.Equals(handler, file.HandlerFolder, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(file => file.Path, StringComparer.Ordinal);
        foreach (var file in markers)
        {
            var key = file.Item.Key;
            var handler = file.HandlerFolder ?? "";
            (SyncItemType Type, string? Name)? found = handler.ToLowerInvariant() switch
            {
                "content" => (SyncItemType.Document, (await load(ContentKind.Document, key, cancellationToken))?.Node.Name),
                "media" => (SyncItemType.Media, (await load(ContentKind.Media, key, cancellationToken))?.Node.Name),
                "contenttypes" => (SyncItemType.ContentType, types.FirstOrDefault(type => type.Key == key)?.Alias),
                "mediatypes" => (SyncItemType.MediaType, types.FirstOrDefault(type => type.Key == key)?.Alias),
                "datatypes" => (SyncItemType.DataType, dataTypes.FirstOrDefault(dataType => dataType.Key == key)?.Name),
                _ => null,
            };
            if (found is not { } target)
            {
                plan.Problems.Add(new SyncProblem(SyncSeverity.Warning, file.Path, null, $"Empty '{file.Item.Alias}' ({key}): delete markers in '{file.HandlerFolder}' are not supported"));
                continue;
            }

            if (plan.Deletes.Any(planned => planned.Key == key))
            {
                continue;
            }

            var kind = target.Name is null ? SyncChangeKind.None : SyncChangeKind.Delete;
            var details = target.Name is null ? new[] { "not in the database" } : [];
            plan.Deletes.Add(new SyncItemChange(target.Type, key, target.Name ?? file.Item.Alias, file.Path, kind, details));
        }
    }
}
