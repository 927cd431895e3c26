using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Redirects;

/// <summary>A published route: the root it lies under and the path below it (the root's own segment is hidden).</summary>
internal sealed record PublishedRoute(Guid RootKey, string Path)
{
    public string Below(string suffix) => suffix.Length == 0 ? Path : (Path == "/" ? suffix : Path + suffix);

    /// <summary>
    /// The route a document with the published segment <paramref name="segment"/> has (or would have) under
    /// <paramref name="parentKey"/>, from the published segments of its ancestors; null when an ancestor is not
    /// published, since then the document has no public route.
    /// </summary>
    public static async Task<PublishedRoute?> UnderAsync(IUnitOfWork unitOfWork, Guid? parentKey, Guid nodeKey, string segment, CancellationToken cancellationToken) =>
        (await ParentOfAsync(unitOfWork, parentKey, cancellationToken))?.Child(nodeKey, segment);

    /// <summary>The route a child of <paramref name="parentKey"/> (null for a root) starts from; null when the parent has no public route.</summary>
    public static async Task<ParentRoute?> ParentOfAsync(IUnitOfWork unitOfWork, Guid? parentKey, CancellationToken cancellationToken)
    {
        if (parentKey is null)
        {
            return new ParentRoute(null, "");
        }

        var parent = await unitOfWork.Nodes.GetAsync(parentKey.Value, cancellationToken);
        if (parent is not { PublishedVersionId: not null, Trashed: false })
        {
            return null;
        }

        IReadOnlyList<Guid> chain = [.. TreePath.AncestorKeys(parent.Path), parent.Key];
        var nodes = (await unitOfWork.Nodes.GetManyAsync(chain, cancellationToken)).ToDictionary(node => node.Key);
        if (chain.Any(key => !nodes.TryGetValue(key, out var node) || node.PublishedVersionId is null))
        {
            return null;
        }

        var segments = await PublishedSegmentsAsync(unitOfWork, [.. chain.Skip(1).Select(key => nodes[key])], cancellationToken);
        if (segments.Count != chain.Count - 1)
        {
            return null;
        }

        return new ParentRoute(chain[0], string.Concat(chain.Skip(1).Select(key => "/" + segments[key])));
    }

    /// <summary>
    /// The node itself (suffix empty) and each published descendant reachable through published parents, with its
    /// route relative to the node, such as <c>/child/grandchild</c>. <paramref name="descendants"/> are in tree order.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Key, string Suffix)>> SubtreeAsync(IUnitOfWork unitOfWork, Node node, IReadOnlyList<Node> descendants, CancellationToken cancellationToken)
    {
        var published = descendants.Where(descendant => descendant.PublishedVersionId is not null).ToList();
        var segments = await PublishedSegmentsAsync(unitOfWork, published, cancellationToken);
        var suffixes = new Dictionary<Guid, string> { [node.Key] = "" };
        var result = new List<(Guid Key, string Suffix)> { (node.Key, "") };
        foreach (var descendant in published)
        {
            if (descendant.ParentKey is { } parent && suffixes.TryGetValue(parent, out var parentSuffix) && segments.TryGetValue(descendant.Key, out var segment))
            {
                suffixes[descendant.Key] = parentSuffix + "/" + segment;
                result.Add((descendant.Key, suffixes[descendant.Key]));
            }
        }

        return result;
    }

    private static async Task<Dictionary<Guid, string>> PublishedSegmentsAsync(IUnitOfWork unitOfWork, IReadOnlyList<Node> nodes, CancellationToken cancellationToken)
    {
        var versions = await unitOfWork.Versions.GetManyAsync([.. nodes.Select(node => node.PublishedVersionId!.Value)], cancellationToken);
        var byId = versions.ToDictionary(version => version.Id);
        return nodes
            .Where(node => byId.ContainsKey(node.PublishedVersionId!.Value))
            .ToDictionary(node => node.Key, node => byId[node.PublishedVersionId!.Value].UrlSegment);
    }
}

/// <summary>Where a child's route starts: the root it lies under (null for a root itself) and the path down to the parent.</summary>
internal sealed record ParentRoute(Guid? RootKey, string Path)
{
    /// <summary>The child's route; a root's own segment is hidden, so a root's route is <c>/</c>.</summary>
    public PublishedRoute Child(Guid nodeKey, string segment) =>
        RootKey is { } root ? new PublishedRoute(root, Path + "/" + segment) : new PublishedRoute(nodeKey, "/");
}
