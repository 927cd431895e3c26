using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Duplicate keys per item type, and alias or name clashes, which make uSync refuse or mis-match an import.</summary>
internal static class IdentityChecks
{
    public static IEnumerable<SyncProblem> DuplicateKeys(FolderIndex index) =>
        index.Folder.Files
            .Where(file => file.Item is not (SyncEmpty or SyncVersionMarker) && file.Item.Key != Guid.Empty)
            .GroupBy(file => (file.Item.ElementName, file.Item.Key))
            .SelectMany(group => Clashes(group, $"duplicate Key {group.Key.Key} for <{group.Key.ElementName}>"));

    /// <summary>Documents and media share one key space in the engine (as in Umbraco), so a key may name only one item.</summary>
    public static IEnumerable<SyncProblem> NodeKeys(FolderIndex index) =>
        index.Live<SyncContent>()
            .GroupBy(file => file.Item.Key)
            .Where(group => group.Select(file => file.Item.ElementName).Distinct().Count() > 1)
            .SelectMany(group => Clashes(
                group.OrderBy(file => file.Item.ElementName == "Media" ? 0 : 1),
                $"Key {group.Key} is used by both a media item and a document; an item with key {group.Key} already exists"));

    public static IEnumerable<SyncProblem> ContentTypeAliases(FolderIndex index) =>
        index.Live<SyncContentType>()
            .GroupBy(file => (((SyncContentType)file.Item).Kind, file.Item.Alias.ToUpperInvariant()))
            .SelectMany(group => Clashes(group, $"content type alias '{group.First().Item.Alias}' is used by more than one type"));

    public static IEnumerable<SyncProblem> DataTypeNames(FolderIndex index) =>
        index.Live<SyncDataType>()
            .GroupBy(file => ((SyncDataType)file.Item).Name.ToUpperInvariant())
            .SelectMany(group => Clashes(group, $"data type name '{((SyncDataType)group.First().Item).Name}' is used by more than one data type"));

    /// <summary>One error on every file after the first, naming the first.</summary>
    private static IEnumerable<SyncProblem> Clashes(IEnumerable<SyncFile> group, string message)
    {
        var files = group.ToList();
        return files.Skip(1).Select(file =>
            new SyncProblem(SyncSeverity.Error, file.Path, SourceLines.Root(file), $"{message} (also in {files[0].Path})"));
    }
}
