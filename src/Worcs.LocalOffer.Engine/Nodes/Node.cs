namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// A document or media item in its tree. Its content lives in <see cref="NodeVersion"/> rows: the newest is the
/// draft, and <see cref="PublishedVersionId"/> points at the one the public sees.
/// </summary>
public sealed class Node
{
    public Guid Key { get; set; }

    public NodeKind Kind { get; set; }

    public Guid ContentTypeKey { get; set; }

    /// <summary>The parent's key, or null at the root of the tree (or of the recycle bin).</summary>
    public Guid? ParentKey { get; set; }

    /// <summary>See <see cref="TreePath"/>.</summary>
    public string Path { get; set; } = "";

    public int Level { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The draft name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The draft URL segment, unique among the node's siblings.</summary>
    public string UrlSegment { get; set; } = "";

    public bool Trashed { get; set; }

    /// <summary>Where a trashed node came from, so that restore can put it back.</summary>
    public Guid? TrashedFromParentKey { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public Guid DraftVersionId { get; set; }

    public Guid? PublishedVersionId { get; set; }

    public DateTime? PublishDate { get; set; }

    public DateTime? ScheduledPublishDate { get; set; }

    public DateTime? ScheduledUnpublishDate { get; set; }

    /// <summary>Incremented on every write; a save that names an older revision is refused as a conflict.</summary>
    public int Revision { get; set; }

    public bool IsPublished => PublishedVersionId is not null;

    /// <summary>True when the draft differs from what is published.</summary>
    public bool HasUnpublishedChanges => PublishedVersionId != DraftVersionId;

    public Udi Udi => new(Kind == NodeKind.Document ? UdiEntityTypes.Document : UdiEntityTypes.Media, Key);
}
