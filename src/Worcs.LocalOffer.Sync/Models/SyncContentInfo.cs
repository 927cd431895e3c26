using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>The <c>Info</c> element of a content or media item.</summary>
public sealed record SyncContentInfo
{
    /// <summary>The parent's key (<see cref="Guid.Empty"/> at the root) and name (empty at the root).</summary>
    public SyncReference Parent { get; init; } = new(Guid.Empty, "");

    /// <summary>The path of safe-alias names, e.g. <c>/Home/LocalOffer</c>; a fallback for finding the parent.</summary>
    public required string Path { get; init; }

    public bool Trashed { get; init; }

    /// <summary>The <c>Parent</c> attribute of <c>Trashed</c>: where a trashed item is restored to.</summary>
    public Guid? TrashedParent { get; init; }

    /// <summary>The content or media type alias.</summary>
    public required string ContentType { get; init; }

    public required DateTime CreateDate { get; init; }

    public required SyncNodeName NodeName { get; init; }

    /// <summary><see langword="null"/> leaves the element out (uSync's <c>IgnoreSortOrder</c>).</summary>
    public int? SortOrder { get; init; }

    /// <summary>Documents only; <see langword="null"/> leaves the element out.</summary>
    public SyncPublished? Published { get; init; }

    /// <summary>Documents only: the <c>ContentSchedule</c> elements, kept as XML; <see langword="null"/> leaves it out.</summary>
    public IReadOnlyList<XElement>? Schedule { get; init; }

    /// <summary>Documents only: <c>&lt;Template /&gt;</c> when <see cref="SyncTemplateRef.None"/>; left out when <see langword="null"/>.</summary>
    public SyncTemplateRef? Template { get; init; }

    public IReadOnlyList<XElement> ExtraElements { get; init; } = [];
}
