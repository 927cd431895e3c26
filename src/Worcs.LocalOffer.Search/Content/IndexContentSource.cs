using System.Runtime.CompilerServices;
using Worcs.LocalOffer.ContentModel.Visibility;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>
/// Reads the engine's documents and media for the indexes: all of them for a rebuild (in pages, with versions and
/// linked media fetched per page), or the changed ones (and their descendants) for the background queue. Each read
/// is a short unit of work; files are read and value sets built after it ends, so indexing never holds the
/// database (SQLite units of work take the write lock) while it extracts text or writes Lucene.
/// </summary>
public sealed class IndexContentSource(IUnitOfWorkFactory unitOfWorkFactory, ContentValueSets valueSets)
{
    private const int PageSize = 500;

    /// <summary>Everything <paramref name="target"/> should hold, for a rebuild.</summary>
    public async IAsyncEnumerable<ValueSet> AllAsync(IndexTarget target, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SchemaSnapshot schema;
        List<Node> eligible;
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken))
        {
            schema = await SchemaSnapshot.LoadAsync(unitOfWork, cancellationToken);
            var documents = await unitOfWork.Nodes.GetAllAsync(NodeKind.Document, cancellationToken);
            var media = await unitOfWork.Nodes.GetAllAsync(NodeKind.Media, cancellationToken);
            eligible = Eligible(target, documents, media);
        }

        foreach (var page in eligible.Chunk(PageSize))
        {
            PageData data;
            await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken))
            {
                data = await LoadAsync(unitOfWork, target, page, cancellationToken);
            }

            foreach (var valueSet in Build(data, schema, target, cancellationToken))
            {
                yield return valueSet;
            }
        }
    }

    /// <summary>What <paramref name="target"/> should hold now, in count and latest update.</summary>
    public async Task<IndexFingerprint> ExpectedAsync(IndexTarget target, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
        var documents = await unitOfWork.Nodes.GetAllAsync(NodeKind.Document, cancellationToken);
        var media = await unitOfWork.Nodes.GetAllAsync(NodeKind.Media, cancellationToken);
        var eligible = Eligible(target, documents, media);
        return new IndexFingerprint(eligible.Count, eligible.Count == 0 ? 0 : eligible.Max(node => node.UpdateDate.Ticks));
    }

    /// <summary>
    /// The changes for items whose keys were notified: each key (and, when asked, its descendants) is either
    /// rebuilt or removed. Documents linking a changed media item are included, found through <paramref name="linkingDocuments"/>.
    /// </summary>
    public async Task<IndexChanges> ChangesAsync(
        IndexTarget target,
        IReadOnlyCollection<Guid> keys,
        bool includeDescendants,
        Func<Guid, IReadOnlyList<Guid>> linkingDocuments,
        CancellationToken cancellationToken)
    {
        SchemaSnapshot schema;
        PageData data;
        var wanted = new HashSet<Guid>(keys);
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken))
        {
            (schema, data) = await LoadChangedAsync(unitOfWork, target, keys, wanted, includeDescendants, linkingDocuments, cancellationToken);
        }

        var upserts = Build(data, schema, target, cancellationToken);
        var kept = upserts.Select(valueSet => valueSet.Id).ToHashSet(StringComparer.Ordinal);
        var deletes = wanted.Select(key => key.ToString("D")).Where(id => !kept.Contains(id)).ToList();
        return new IndexChanges(upserts, deletes);
    }

    private async Task<(SchemaSnapshot Schema, PageData Data)> LoadChangedAsync(
        IUnitOfWork unitOfWork,
        IndexTarget target,
        IReadOnlyCollection<Guid> keys,
        HashSet<Guid> wanted,
        bool includeDescendants,
        Func<Guid, IReadOnlyList<Guid>> linkingDocuments,
        CancellationToken cancellationToken)
    {
        var nodes = (await unitOfWork.Nodes.GetManyAsync(keys, cancellationToken)).ToDictionary(node => node.Key);
        if (includeDescendants)
        {
            foreach (var node in nodes.Values.ToList())
            {
                foreach (var descendant in await unitOfWork.Nodes.GetDescendantsAsync(node.Path, cancellationToken))
                {
                    nodes[descendant.Key] = descendant;
                    wanted.Add(descendant.Key);
                }
            }
        }

        var linking = nodes.Values.Where(node => node.Kind == NodeKind.Media).SelectMany(node => linkingDocuments(node.Key))
            .Concat(keys.Where(key => !nodes.ContainsKey(key)).SelectMany(linkingDocuments))
            .Where(key => !nodes.ContainsKey(key)).Distinct().ToList();
        foreach (var node in await unitOfWork.Nodes.GetManyAsync(linking, cancellationToken))
        {
            nodes[node.Key] = node;
            wanted.Add(node.Key);
        }

        var ancestors = await AncestorsAsync(unitOfWork, nodes.Values, cancellationToken);
        var eligible = nodes.Values.Where(node => IsEligible(target, node, ancestors)).ToList();
        var schema = await SchemaSnapshot.LoadAsync(unitOfWork, cancellationToken);
        return (schema, await LoadAsync(unitOfWork, target, eligible, cancellationToken));
    }

    /// <summary>The keys of every document and media item of these content types.</summary>
    public async Task<IReadOnlyList<Guid>> NodesOfTypesAsync(IReadOnlyCollection<Guid> contentTypeKeys, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
        return [.. (await unitOfWork.Nodes.GetByContentTypesAsync(contentTypeKeys, cancellationToken)).Select(node => node.Key)];
    }

    private static List<Node> Eligible(IndexTarget target, IReadOnlyList<Node> documents, IReadOnlyList<Node> media)
    {
        var byKey = documents.Concat(media).ToDictionary(node => node.Key);
        return documents.Concat(media).Where(node => IsEligible(target, node, byKey)).ToList();
    }

    /// <summary>The external index holds what the public may see; the internal one drafts too, outside the recycle bin.</summary>
    private static bool IsEligible(IndexTarget target, Node node, Dictionary<Guid, Node> ancestors) =>
        target == IndexTarget.Internal
            ? !PublicVisibility.IsInRecycleBin(node)
            : PublicVisibility.IsVisible(node, ancestors.GetValueOrDefault);

    private static async Task<Dictionary<Guid, Node>> AncestorsAsync(IUnitOfWork unitOfWork, IEnumerable<Node> nodes, CancellationToken cancellationToken)
    {
        var keys = nodes.Where(node => !PublicVisibility.IsInRecycleBin(node)).SelectMany(node => TreePath.AncestorKeys(node.Path)).Distinct().ToList();
        return (await unitOfWork.Nodes.GetManyAsync(keys, cancellationToken)).ToDictionary(node => node.Key);
    }

    /// <summary>The nodes' versions and the media they link, read in one go.</summary>
    private static async Task<PageData> LoadAsync(IUnitOfWork unitOfWork, IndexTarget target, IReadOnlyList<Node> nodes, CancellationToken cancellationToken)
    {
        var versionIds = nodes.Select(node => VersionOf(target, node)).OfType<Guid>().ToList();
        var versions = (await unitOfWork.Versions.GetManyAsync(versionIds, cancellationToken)).ToDictionary(version => version.Id);
        var mediaKeys = new HashSet<Guid>();
        foreach (var version in versions.Values)
        {
            CollectMediaKeys(version, mediaKeys);
        }

        var media = mediaKeys.Count == 0
            ? []
            : (await unitOfWork.Nodes.GetManyAsync(mediaKeys, cancellationToken)).Where(node => node.Kind == NodeKind.Media && !node.Trashed).ToList();
        var mediaVersions = media.Count == 0
            ? []
            : (await unitOfWork.Versions.GetManyAsync(media.Select(node => node.DraftVersionId).ToList(), cancellationToken)).ToDictionary(version => version.Id);
        return new PageData(nodes, versions, media.ToDictionary(node => node.Key, node => (node, mediaVersions.GetValueOrDefault(node.DraftVersionId))));
    }

    private List<ValueSet> Build(PageData data, SchemaSnapshot schema, IndexTarget target, CancellationToken cancellationToken)
    {
        var linkedMedia = new Dictionary<Guid, LinkedMedia?>();
        LinkedMedia? FindMedia(Guid key)
        {
            if (!linkedMedia.TryGetValue(key, out var found))
            {
                found = data.Media.TryGetValue(key, out var media)
                    ? new LinkedMedia(key, media.Node.Name, media.Version is null ? null : valueSets.ReadFile(media.Version, cancellationToken))
                    : null;
                linkedMedia[key] = found;
            }

            return found;
        }

        var result = new List<ValueSet>(data.Nodes.Count);
        foreach (var node in data.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (VersionOf(target, node) is not { } versionId || !data.Versions.TryGetValue(versionId, out var version))
            {
                continue;
            }

            result.Add(node.Kind == NodeKind.Media
                ? valueSets.Media(node, version, schema, cancellationToken)
                : valueSets.Document(node, version, schema, FindMedia));
        }

        return result;
    }

    private static void CollectMediaKeys(NodeVersion version, HashSet<Guid> into)
    {
        foreach (var value in version.Values.Values.Concat(version.Cultures.Values.SelectMany(variant => variant.Values.Values)))
        {
            if (value is null || !value.Contains("media", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Cheap pre-scan: the value set builder reads links properly; this only fetches the candidates in one query.
            foreach (var part in value.Split(['"', '/', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part.Length is 32 or 36 && Guid.TryParse(part, out var key))
                {
                    into.Add(key);
                }
            }
        }
    }

    private sealed record PageData(IReadOnlyList<Node> Nodes, Dictionary<Guid, NodeVersion> Versions, Dictionary<Guid, (Node Node, NodeVersion? Version)> Media);

    private static Guid? VersionOf(IndexTarget target, Node node) =>
        node.Kind == NodeKind.Media ? node.PublishedVersionId ?? node.DraftVersionId
        : target == IndexTarget.External ? node.PublishedVersionId
        : node.DraftVersionId;
}
