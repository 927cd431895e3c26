namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A content (document) or media item. <see cref="SyncItem.Alias"/> is the node name.</summary>
/// <remarks>The writer sorts properties by alias and values by culture, as uSync does.</remarks>
public sealed record SyncContent : SyncItem
{
    public ContentKind Kind { get; init; } = ContentKind.Document;

    public override string ElementName => Kind == ContentKind.Media ? "Media" : "Content";

    /// <summary>1 at the root; trashed items add 100.</summary>
    public int Level { get; init; } = 1;

    public required SyncContentInfo Info { get; init; }

    public IReadOnlyList<SyncProperty> Properties { get; init; } = [];
}
