using System.Collections.Concurrent;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// An immutable view of everything the Delivery API serves: the published (or, for preview, draft) documents and
/// media, their routes and types. A change builds a new snapshot and swaps it in whole.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly ConcurrentDictionary<Guid, RenderedItem> _rendered = new();

    public ContentSnapshot(
        long generation,
        bool isPreview,
        NodeTreeIndex documents,
        NodeTreeIndex media,
        IReadOnlyDictionary<Guid, CachedType> types,
        IReadOnlyDictionary<Guid, NodeVersion> versions,
        IReadOnlyDictionary<Guid, Node> allNodes)
    {
        AllNodes = allNodes;
        Generation = generation;
        IsPreview = isPreview;
        Documents = documents;
        Media = media;
        Types = types;
        Versions = versions;
        DocumentTypesByAlias = types.Values.Where(type => type.Kind == Engine.ContentTypes.ContentTypeKind.Document && !type.IsElement)
            .GroupBy(type => type.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        Routes = BuildRoutes(documents);
        MediaPaths = BuildMediaPaths(media);
    }

    public long Generation { get; }

    public bool IsPreview { get; }

    public NodeTreeIndex Documents { get; }

    public NodeTreeIndex Media { get; }

    public IReadOnlyDictionary<Guid, CachedType> Types { get; }

    public IReadOnlyDictionary<string, CachedType> DocumentTypesByAlias { get; }

    /// <summary>The versions this snapshot delivers, by id; the next snapshot reuses them (versions never change).</summary>
    public IReadOnlyDictionary<Guid, NodeVersion> Versions { get; }

    /// <summary>Every node row read, delivered or not (unpublished, trashed), so the next snapshot re-reads only changed ones.</summary>
    public IReadOnlyDictionary<Guid, Node> AllNodes { get; }

    /// <summary>Documents by <c>{rootKey}{route path}</c>.</summary>
    public IReadOnlyDictionary<string, CachedNode> Routes { get; }

    /// <summary>Media by their path of lowercased names, such as <c>/downloads/plan/</c>.</summary>
    public IReadOnlyDictionary<string, CachedNode> MediaPaths { get; }

    public static ContentSnapshot Empty { get; } = new(0, false, new NodeTreeIndex([]), new NodeTreeIndex([]), new Dictionary<Guid, CachedType>(), new Dictionary<Guid, NodeVersion>(), new Dictionary<Guid, Node>());

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

    private static Dictionary<string, CachedNode> BuildMediaPaths(NodeTreeIndex media)
    {
        var paths = new Dictionary<string, CachedNode>(StringComparer.Ordinal);
        foreach (var node in media.InTreeOrder)
        {
            paths.TryAdd(RoutePaths.MediaPathOf(node), node);
        }

        return paths;
    }
}
