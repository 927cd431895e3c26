using Worcs.LocalOffer.ContentModel.Visibility;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>Assembles the delivered trees from nodes (in tree order), their versions and the types.</summary>
internal static class SnapshotBuilder
{
    public static ContentSnapshot Build(
        long generation,
        bool preview,
        IReadOnlyDictionary<Guid, Node> nodes,
        IReadOnlyDictionary<Guid, CachedType> types,
        IReadOnlyDictionary<Guid, NodeVersion> versions) =>
        new(
            generation,
            preview,
            BuildTree([.. nodes.Values.Where(node => node.Kind == NodeKind.Document)], preview, types, versions),
            BuildTree([.. nodes.Values.Where(node => node.Kind == NodeKind.Media)], preview, types, versions),
            types,
            versions,
            nodes);

    /// <summary>The version a snapshot delivers for a node: the draft in preview, else the published one (or none).</summary>
    public static Guid? DeliveredVersionId(Node node, bool preview) =>
        node.Trashed ? null : preview ? node.DraftVersionId : node.PublishedVersionId;

    private static NodeTreeIndex BuildTree(IReadOnlyList<Node> nodes, bool preview, IReadOnlyDictionary<Guid, CachedType> types, IReadOnlyDictionary<Guid, NodeVersion> versions)
    {
        // A node is delivered only when it and all its ancestors are (publicly visible, or in preview have a draft);
        // children are attached in sort order.
        var byKey = new Dictionary<Guid, CachedNode>();
        var ordered = nodes
            .Where(node => !node.Trashed)
            .OrderBy(node => node.Level)
            .ThenBy(node => node.SortOrder)
            .ThenBy(node => node.CreateDate);
        foreach (var node in ordered)
        {
            if (DeliveredVersionId(node, preview) is not { } versionId
                || !versions.TryGetValue(versionId, out var version)
                || !types.TryGetValue(node.ContentTypeKey, out var type))
            {
                continue;
            }

            CachedNode? parent = null;
            var parentDelivered = node.ParentKey is not { } parentKey || byKey.TryGetValue(parentKey, out parent);
            if (preview ? !parentDelivered : !PublicVisibility.IsVisible(node, parentDelivered))
            {
                continue;
            }

            var cached = new CachedNode { Node = node, Version = version, Type = type, Parent = parent };
            parent?.Children.Add(cached);
            byKey[node.Key] = cached;
        }

        var roots = byKey.Values.Where(node => node.Parent is null).OrderBy(node => node.SortOrder).ThenBy(node => node.CreateDate);
        var inTreeOrder = new List<CachedNode>(byKey.Count);
        foreach (var root in roots)
        {
            AddInTreeOrder(root, inTreeOrder);
        }

        return new NodeTreeIndex(inTreeOrder);
    }

    private static void AddInTreeOrder(CachedNode node, List<CachedNode> inTreeOrder)
    {
        node.TreeIndex = inTreeOrder.Count;
        inTreeOrder.Add(node);
        foreach (var child in node.Children)
        {
            AddInTreeOrder(child, inTreeOrder);
        }
    }
}
