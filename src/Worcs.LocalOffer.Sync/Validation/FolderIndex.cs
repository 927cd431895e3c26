using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>The live (non-<c>Empty</c>) items of a folder, by what references point at.</summary>
internal sealed class FolderIndex
{
    public FolderIndex(SyncFolder folder, SyncValidationOptions options)
    {
        Folder = folder;
        Options = options;
        DataTypeKeys = [.. Live<SyncDataType>().Select(file => file.Item.Key), .. options.KnownDataTypeKeys];
        ContentTypeKeys = [.. Live<SyncContentType>().Select(file => file.Item.Key), .. options.KnownContentTypeKeys];
        ContentTypeAliases = Live<SyncContentType>()
            .Select(file => ((SyncContentType)file.Item).Kind + ":" + file.Item.Alias)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        ContentKeys = [.. Live<SyncContent>().Select(file => ((SyncContent)file.Item).Kind + ":" + file.Item.Key)];
    }

    public SyncFolder Folder { get; }

    public SyncValidationOptions Options { get; }

    public HashSet<Guid> DataTypeKeys { get; }

    public HashSet<Guid> ContentTypeKeys { get; }

    /// <summary><c>Document:alias</c> / <c>Media:alias</c>.</summary>
    public HashSet<string> ContentTypeAliases { get; }

    /// <summary><c>Document:key</c> / <c>Media:key</c>.</summary>
    public HashSet<string> ContentKeys { get; }

    public IEnumerable<SyncFile> Live<TItem>()
        where TItem : SyncItem =>
        Folder.Files.Where(file => file.Item is TItem);
}
