using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Reads what a snapshot needs from the database in one transaction. After a change to some nodes only those rows are
/// read again; versions never change once saved, so those the previous snapshot holds are reused. Types and languages
/// are read only when everything is (a type, data type or language change asks for that).
/// </summary>
internal sealed class SnapshotLoader(IUnitOfWorkFactory unitsOfWork)
{
    private const int BatchSize = 500;

    /// <param name="generation">The new snapshot's number.</param>
    /// <param name="preview">Whether to deliver drafts.</param>
    /// <param name="previous">The snapshot to build on, or null to read everything.</param>
    /// <param name="changedKeys">The nodes that changed since <paramref name="previous"/>; null to read everything.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<ContentSnapshot> LoadAsync(long generation, bool preview, ContentSnapshot? previous, IReadOnlyCollection<Guid>? changedKeys, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
        var incremental = previous is not null && changedKeys is not null;
        var types = incremental
            ? previous!.Types
            : TypeCatalog.Build(await unitOfWork.ContentTypes.GetAllAsync(cancellationToken), await unitOfWork.DataTypes.GetAllAsync(cancellationToken));
        var languages = incremental ? previous!.Languages : await unitOfWork.Languages.GetAllAsync(cancellationToken);
        var nodes = incremental
            ? await ApplyChangesAsync(unitOfWork, previous!.AllNodes, changedKeys!, cancellationToken)
            : await ReadAllNodesAsync(unitOfWork, cancellationToken);

        var versions = new Dictionary<Guid, NodeVersion>();
        var missing = new List<Guid>();
        foreach (var node in nodes.Values)
        {
            if (SnapshotBuilder.DeliveredVersionId(node, preview) is not { } versionId)
            {
                continue;
            }

            if (incremental && previous!.Versions.GetValueOrDefault(versionId) is { } known)
            {
                versions[versionId] = known;
            }
            else
            {
                missing.Add(versionId);
            }
        }

        foreach (var batch in missing.Chunk(BatchSize))
        {
            foreach (var version in await unitOfWork.Versions.GetManyAsync(batch, cancellationToken))
            {
                versions[version.Id] = version;
            }
        }

        return SnapshotBuilder.Build(generation, preview, nodes, types, versions, languages);
    }

    private static async Task<Dictionary<Guid, Node>> ReadAllNodesAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var documents = await unitOfWork.Nodes.GetAllAsync(NodeKind.Document, cancellationToken);
        var media = await unitOfWork.Nodes.GetAllAsync(NodeKind.Media, cancellationToken);
        return documents.Concat(media).ToDictionary(node => node.Key);
    }

    private static async Task<Dictionary<Guid, Node>> ApplyChangesAsync(IUnitOfWork unitOfWork, IReadOnlyDictionary<Guid, Node> previous, IReadOnlyCollection<Guid> changedKeys, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<Guid, Node>(previous);
        foreach (var batch in changedKeys.Chunk(BatchSize))
        {
            var found = (await unitOfWork.Nodes.GetManyAsync(batch, cancellationToken)).ToDictionary(node => node.Key);
            foreach (var key in batch)
            {
                if (found.TryGetValue(key, out var node))
                {
                    nodes[key] = node;
                }
                else
                {
                    nodes.Remove(key);
                }
            }
        }

        return nodes;
    }
}
