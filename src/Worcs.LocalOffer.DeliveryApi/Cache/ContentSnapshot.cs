using System.Collections.Concurrent;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// An immutable view of everything the Delivery API serves in one culture: the published (or, for preview, draft)
/// documents as that culture sees them, with their routes, plus the media and types every culture shares. A change
/// builds a new set of views (<see cref="Cultures"/>) and swaps it in whole.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly ConcurrentDictionary<Guid, RenderedItem> _rendered = new();
    private readonly SnapshotShared _shared;

    internal ContentSnapshot(SnapshotShared shared, string? culture, NodeTreeIndex documents)
    {
        _shared = shared;
        Culture = culture;
        Documents = documents;
        Routes = BuildRoutes(documents);
        Cultures = new CultureViews(this);
    }

    public long Generation => _shared.Generation;

    public bool IsPreview => _shared.IsPreview;

    /// <summary>The language this view delivers culture-variant documents in; null when it delivers only invariant ones.</summary>
    public string? Culture { get; }

    /// <summary>The documents delivered in <see cref="Culture"/>: culture-variant ones only where that culture is published.</summary>
    public NodeTreeIndex Documents { get; }

    public NodeTreeIndex Media => _shared.Media;

    public IReadOnlyDictionary<Guid, CachedType> Types => _shared.Types;

    public IReadOnlyDictionary<string, CachedType> DocumentTypesByAlias => _shared.DocumentTypesByAlias;

    /// <summary>The versions this snapshot delivers, by id; the next snapshot reuses them (versions never change).</summary>
    public IReadOnlyDictionary<Guid, NodeVersion> Versions => _shared.Versions;

    /// <summary>Every node row read, delivered or not (unpublished, trashed), so the next snapshot re-reads only changed ones.</summary>
    public IReadOnlyDictionary<Guid, Node> AllNodes => _shared.AllNodes;

    /// <summary>The languages read with this snapshot, the default first.</summary>
    public IReadOnlyList<Language> Languages => _shared.Languages;

    /// <summary>Documents by <c>{rootKey}{route path}</c>, with the URL segments of <see cref="Culture"/>.</summary>
    public IReadOnlyDictionary<string, CachedNode> Routes { get; }

    /// <summary>Media by their path of lowercased names, such as <c>/downloads/plan/</c>.</summary>
    public IReadOnlyDictionary<string, CachedNode> MediaPaths => _shared.MediaPaths;

    /// <summary>This snapshot's views in every language (all the same view when no document type varies by culture).</summary>
    public CultureViews Cultures { get; internal set; }

    public static ContentSnapshot Empty { get; } = new(
        new SnapshotShared(0, false, new NodeTreeIndex([]), new Dictionary<Guid, CachedType>(), new Dictionary<Guid, NodeVersion>(), new Dictionary<Guid, Node>(), []),
        null,
        new NodeTreeIndex([]));

    /// <summary>The view of the same content in the requested culture (see <see cref="CultureViews.For"/>).</summary>
    public ContentSnapshot ForCulture(string? culture) => Cultures.For(culture);

    public RenderedItem GetOrRender(Guid key, DateTimeOffset now, Func<RenderedItem> render)
    {
        if (_rendered.TryGetValue(key, out var rendered) && rendered.IsValidAt(now))
        {
            return rendered;
        }

        rendered = render();
        _rendered[key] = rendered;
        return rendered;
    }

    public CachedNode? FindRoute(CachedNode root, string path) => Routes.GetValueOrDefault(RouteKey(root.Key, path));

    public static string RouteKey(Guid rootKey, string path) => rootKey.ToString("N") + path.ToLowerInvariant();

    private static Dictionary<string, CachedNode> BuildRoutes(NodeTreeIndex documents)
    {
        var routes = new Dictionary<string, CachedNode>(StringComparer.Ordinal);
        foreach (var node in documents.InTreeOrder)
        {
            routes.TryAdd(RouteKey(node.Root.Key, RoutePaths.PathOf(node)), node);
        }

        return routes;
    }
}
