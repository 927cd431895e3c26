using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// A delivered node: the tree position of <see cref="Node"/> with the name and values of the version being
/// delivered (the published one, or the draft in preview), in one culture when its type varies by culture. Never
/// changed after the snapshot is built.
/// </summary>
public sealed class CachedNode
{
    public required Node Node { get; init; }

    public required NodeVersion Version { get; init; }

    public required CachedType Type { get; init; }

    public required CachedNode? Parent { get; init; }

    /// <summary>The culture this node is delivered in (its ISO code), or null when its type does not vary by culture.</summary>
    public string? Culture { get; init; }

    /// <summary>The delivered culture's name, URL segment and values; null when the type does not vary by culture.</summary>
    public NodeCultureVariant? Variant { get; init; }

    /// <summary>The position in tree order (parents before children, siblings by sort order).</summary>
    public int TreeIndex { get; internal set; }

    public List<CachedNode> Children { get; } = [];

    public Guid Key => Node.Key;

    public string Name => Variant?.Name ?? Version.Name;

    public string UrlSegment => Variant?.UrlSegment ?? Version.UrlSegment;

    public int Level => Node.Level;

    public int SortOrder => Node.SortOrder;

    public DateTime CreateDate => DateTime.SpecifyKind(Node.CreateDate, DateTimeKind.Utc);

    /// <summary>When the delivered version was saved.</summary>
    public DateTime UpdateDate => DateTime.SpecifyKind(Version.CreateDate > Node.CreateDate ? Version.CreateDate : Node.CreateDate, DateTimeKind.Utc);

    /// <summary>The level-1 ancestor (or the node itself at level 1).</summary>
    public CachedNode Root
    {
        get
        {
            var node = this;
            while (node.Parent is not null)
            {
                node = node.Parent;
            }

            return node;
        }
    }

    /// <summary>A stored value: the culture's own for culture-variant properties, else the invariant one.</summary>
    public string? GetValue(string alias) => Variant is null ? Version.GetValue(alias) : Version.GetValue(alias, Culture);

    public IEnumerable<CachedNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    public IEnumerable<CachedNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }
}
