namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A document/element type (<c>ContentTypes</c>) or media type (<c>MediaTypes</c>) file.</summary>
/// <remarks>The writer sorts properties by alias, tabs by key and structure by sort order, as uSync does.</remarks>
public sealed record SyncContentType : SyncItem
{
    public ContentTypeKind Kind { get; init; } = ContentTypeKind.Document;

    public override string ElementName => Kind == ContentTypeKind.Media ? "MediaType" : "ContentType";

    public int Level { get; init; } = 1;

    public required SyncContentTypeInfo Info { get; init; }

    public IReadOnlyList<SyncAllowedChild> Structure { get; init; } = [];

    public IReadOnlyList<SyncPropertyType> Properties { get; init; } = [];

    public IReadOnlyList<SyncPropertyGroup> Tabs { get; init; } = [];
}
