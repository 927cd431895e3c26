using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Engine.Storage;

public interface INodeVersionRepository
{
    Task<NodeVersion?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<NodeVersion>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>All versions of a node, newest first.</summary>
    Task<IReadOnlyList<NodeVersion>> GetHistoryAsync(Guid nodeKey, CancellationToken cancellationToken);

    /// <summary>Every version of every node of the given types: used when a type change rewrites values.</summary>
    Task<IReadOnlyList<NodeVersion>> GetAllForNodesAsync(IReadOnlyCollection<Guid> nodeKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Document versions created before <paramref name="createdBeforeUtc"/> that are neither their document's draft
    /// nor its published version, oldest first.
    /// </summary>
    Task<IReadOnlyList<VersionStamp>> GetHistoricDocumentVersionsAsync(DateTime createdBeforeUtc, CancellationToken cancellationToken);

    /// <summary>Deletes these versions on commit.</summary>
    Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    void Add(NodeVersion version);

    /// <summary>Marks a tracked version as changed after its <see cref="NodeVersion.Values"/> were edited in place.</summary>
    void Update(NodeVersion version);

    Task RemoveAllForNodeAsync(Guid nodeKey, CancellationToken cancellationToken);
}
