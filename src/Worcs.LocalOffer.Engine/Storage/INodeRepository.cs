using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Engine.Storage;

public interface INodeRepository
{
    Task<Node?> GetAsync(Guid key, CancellationToken cancellationToken);

    Task<IReadOnlyList<Node>> GetManyAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken);

    /// <summary>Children ordered by sort order. A null parent means the root of the tree, excluding the recycle bin.</summary>
    Task<IReadOnlyList<Node>> GetChildrenAsync(NodeKind kind, Guid? parentKey, CancellationToken cancellationToken);

    /// <summary>All nodes below the given path, in tree order.</summary>
    Task<IReadOnlyList<Node>> GetDescendantsAsync(string path, CancellationToken cancellationToken);

    /// <summary>Top-level items in the recycle bin.</summary>
    Task<IReadOnlyList<Node>> GetRecycleBinAsync(NodeKind kind, CancellationToken cancellationToken);

    Task<IReadOnlyList<Node>> GetByContentTypesAsync(IReadOnlyCollection<Guid> contentTypeKeys, CancellationToken cancellationToken);

    /// <summary>Nodes with a scheduled publish or unpublish at or before <paramref name="dueUtc"/>.</summary>
    Task<IReadOnlyList<Node>> GetScheduledDueAsync(DateTime dueUtc, CancellationToken cancellationToken);

    /// <summary>Every node in tree order (path), for caches and indexes that load everything.</summary>
    Task<IReadOnlyList<Node>> GetAllAsync(NodeKind kind, CancellationToken cancellationToken);

    /// <summary>One more than the highest sort order among the children of <paramref name="parentKey"/>, or 0.</summary>
    Task<int> GetNextSortOrderAsync(NodeKind kind, Guid? parentKey, CancellationToken cancellationToken);

    /// <summary>The URL segments of the children of <paramref name="parentKey"/>, other than <paramref name="exceptKey"/>, that start with <paramref name="prefix"/>.</summary>
    Task<IReadOnlyList<string>> GetSiblingUrlSegmentsAsync(NodeKind kind, Guid? parentKey, string prefix, Guid exceptKey, CancellationToken cancellationToken);

    void Add(Node node);

    void Remove(Node node);
}
