using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class NodeVersionRepository(LocalOfferDbContext context) : INodeVersionRepository
{
    public Task<NodeVersion?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.NodeVersions.FindAsync([id], cancellationToken).AsTask();

    public async Task<IReadOnlyList<NodeVersion>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var versions = new List<NodeVersion>(ids.Count);
        foreach (var chunk in KeyChunks.Of(ids))
        {
            versions.AddRange(await context.NodeVersions.Where(version => chunk.Contains(version.Id)).ToListAsync(cancellationToken));
        }

        return versions;
    }

    public async Task<IReadOnlyList<NodeVersion>> GetHistoryAsync(Guid nodeKey, CancellationToken cancellationToken) =>
        await context.NodeVersions
            .Where(version => version.NodeKey == nodeKey)
            .OrderByDescending(version => version.CreateDate).ThenByDescending(version => version.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<NodeVersion>> GetAllForNodesAsync(IReadOnlyCollection<Guid> nodeKeys, CancellationToken cancellationToken)
    {
        var versions = new List<NodeVersion>();
        foreach (var chunk in KeyChunks.Of(nodeKeys))
        {
            versions.AddRange(await context.NodeVersions.Where(version => chunk.Contains(version.NodeKey)).ToListAsync(cancellationToken));
        }

        return versions;
    }

    public async Task<IReadOnlyList<VersionStamp>> GetHistoricDocumentVersionsAsync(DateTime createdBeforeUtc, CancellationToken cancellationToken) =>
        await (from version in context.NodeVersions
               join node in context.Nodes on version.NodeKey equals node.Key
               where node.Kind == NodeKind.Document
                   && version.CreateDate < createdBeforeUtc
                   && version.Id != node.DraftVersionId
                   && (node.PublishedVersionId == null || version.Id != node.PublishedVersionId)
               orderby version.CreateDate, version.Id
               select new VersionStamp(version.Id, version.NodeKey, version.CreateDate))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    public async Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        context.NodeVersions.RemoveRange(await GetManyAsync(ids, cancellationToken));

    public void Add(NodeVersion version) => context.NodeVersions.Add(version);

    public void Update(NodeVersion version) => TrackedUpdates.MarkChanged(context, version, nameof(NodeVersion.Values));

    /// <summary>Deletes on commit, with the rest of the unit of work; versions added but not yet saved are dropped.</summary>
    public async Task RemoveAllForNodeAsync(Guid nodeKey, CancellationToken cancellationToken)
    {
        var stored = await context.NodeVersions.Where(version => version.NodeKey == nodeKey).ToListAsync(cancellationToken);
        context.NodeVersions.RemoveRange(stored);
        foreach (var added in context.ChangeTracker.Entries<NodeVersion>().Where(entry => entry.State == EntityState.Added && entry.Entity.NodeKey == nodeKey).ToList())
        {
            added.State = EntityState.Detached;
        }
    }
}
