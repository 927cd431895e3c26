using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>What every culture's view of one snapshot shares: media, types, versions, node rows and languages.</summary>
internal sealed class SnapshotShared(
    long generation,
    bool isPreview,
    NodeTreeIndex media,
    IReadOnlyDictionary<Guid, CachedType> types,
    IReadOnlyDictionary<Guid, NodeVersion> versions,
    IReadOnlyDictionary<Guid, Node> allNodes,
    IReadOnlyList<Language> languages)
{
    public long Generation { get; } = generation;

    public bool IsPreview { get; } = isPreview;

    public NodeTreeIndex Media { get; } = media;

    public IReadOnlyDictionary<Guid, CachedType> Types { get; } = types;

    public IReadOnlyDictionary<Guid, NodeVersion> Versions { get; } = versions;

    public IReadOnlyDictionary<Guid, Node> AllNodes { get; } = allNodes;

    public IReadOnlyList<Language> Languages { get; } = languages;

    public IReadOnlyDictionary<string, CachedType> DocumentTypesByAlias { get; } = types.Values
        .Where(type => type.Kind == ContentTypeKind.Document && !type.IsElement)
        .GroupBy(type => type.Alias, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, CachedNode> MediaPaths { get; } = BuildMediaPaths(media);

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
