using Worcs.LocalOffer.ContentModel.Visibility;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>Assembles the delivered trees from nodes (in tree order), their versions and the types, in each language.</summary>
internal static class SnapshotBuilder
{
    public static ContentSnapshot Build(
        long generation,
        bool preview,
        IReadOnlyDictionary<Guid, Node> nodes,
        IReadOnlyDictionary<Guid, CachedType> types,
        IReadOnlyDictionary<Guid, NodeVersion> versions,
        IReadOnlyList<Language> languages)
    {
        var media = BuildTree([.. nodes.Values.Where(node => node.Kind == NodeKind.Media)], preview, types, versions, culture: null);
        var shared = new SnapshotShared(generation, preview, media, types, versions, nodes, languages);
        List<Node> documents = [.. nodes.Values.Where(node => node.Kind == NodeKind.Document)];
        var defaultCulture = languages.FirstOrDefault(language => language.IsDefault)?.IsoCode;
        if (!types.Values.Any(type => type.VariesByCulture && type.Kind == ContentTypeKind.Document))
        {
            // An invariant site: one view, built once, serves every culture.
            return new ContentSnapshot(shared, defaultCulture, BuildTree(documents, preview, types, versions, defaultCulture));
        }

        var byCulture = new Dictionary<string, ContentSnapshot>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in languages)
        {
            byCulture[language.IsoCode] = new ContentSnapshot(shared, language.IsoCode, BuildTree(documents, preview, types, versions, language.IsoCode));
        }

        CultureViews? views = null;
        var unknown = new Lazy<ContentSnapshot>(() =>
            new ContentSnapshot(shared, null, BuildTree(documents, preview, types, versions, culture: null)) { Cultures = views! });
        views = new CultureViews(defaultCulture is not null && byCulture.TryGetValue(defaultCulture, out var fallback) ? fallback : unknown.Value, byCulture, unknown);
        foreach (var view in byCulture.Values)
        {
            view.Cultures = views;
        }

        views.Default.Cultures = views;
        return views.Default;
    }

    /// <summary>The version a snapshot delivers for a node: the draft in preview, else the published one (or none).</summary>
    public static Guid? DeliveredVersionId(Node node, bool preview) =>
        node.Trashed ? null : preview ? node.DraftVersionId : node.PublishedVersionId;

    /// <summary>
    /// The tree as <paramref name="culture"/> sees it. A node is delivered only when it and all its ancestors are
    /// (publicly visible, or in preview have a draft) and, when its type varies by culture, it has that culture (a
    /// published version holds exactly its published cultures); so a page under one missing in the culture has no
    /// route in it and is left out too, as Umbraco leaves out content it cannot route. Children are attached in sort order.
    /// </summary>
    private static NodeTreeIndex BuildTree(IReadOnlyList<Node> nodes, bool preview, IReadOnlyDictionary<Guid, CachedType> types, IReadOnlyDictionary<Guid, NodeVersion> versions, string? culture)
    {
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

            NodeCultureVariant? variant = null;
            if (type.VariesByCulture && node.Kind == NodeKind.Document && (culture is null || !version.Cultures.TryGetValue(culture, out variant)))
            {
                continue;
            }

            var cached = new CachedNode { Node = node, Version = version, Type = type, Parent = parent, Culture = variant is null ? null : culture, Variant = variant };
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
