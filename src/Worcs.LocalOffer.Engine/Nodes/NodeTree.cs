using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>The tree operations documents and media share, each in its own transaction.</summary>
internal sealed class NodeTree(IUnitOfWorkFactory unitsOfWork, TreeMover mover, RecycleBin recycleBin, NodeCopier copier)
{
    public async Task<NodeSnapshot?> GetAsync(NodeKind kind, Guid key, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
        if (await unitOfWork.Nodes.GetAsync(key, cancellationToken) is not { } node || node.Kind != kind)
        {
            return null;
        }

        var draft = await unitOfWork.Versions.GetAsync(node.DraftVersionId, cancellationToken);
        var published = node.PublishedVersionId is { } publishedId
            ? publishedId == node.DraftVersionId ? draft : await unitOfWork.Versions.GetAsync(publishedId, cancellationToken)
            : null;
        return new NodeSnapshot(node, draft!, published);
    }

    public async Task<IReadOnlyList<Node>> GetChildrenAsync(NodeKind kind, Guid? parentKey, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.Nodes.GetChildrenAsync(kind, parentKey, cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> GetRecycleBinAsync(NodeKind kind, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.Nodes.GetRecycleBinAsync(kind, cancellationToken);
    }

    public Task<OperationResult<Node>> MoveAsync(NodeKind kind, Guid key, Guid? parentKey, int? expectedRevision, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => mover.MoveAsync(unitOfWork, kind, key, parentKey, expectedRevision, cancellationToken), cancellationToken);

    public Task<OperationResult> SortAsync(NodeKind kind, Guid? parentKey, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => mover.SortAsync(unitOfWork, kind, parentKey, orderedKeys, cancellationToken), cancellationToken);

    public Task<OperationResult<Node>> SetSortOrderAsync(NodeKind kind, Guid key, int sortOrder, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => mover.SetSortOrderAsync(unitOfWork, kind, key, sortOrder, cancellationToken), cancellationToken);

    public Task<OperationResult<Node>> CopyAsync(NodeKind kind, Guid key, Guid? parentKey, bool includeDescendants, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => copier.CopyAsync(unitOfWork, kind, key, parentKey, includeDescendants, cancellationToken), cancellationToken);

    public Task<OperationResult<Node>> TrashAsync(NodeKind kind, Guid key, int? expectedRevision, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => recycleBin.TrashAsync(unitOfWork, kind, key, expectedRevision, cancellationToken), cancellationToken);

    public Task<OperationResult<Node>> RestoreAsync(NodeKind kind, Guid key, Guid? parentKey, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => recycleBin.RestoreAsync(unitOfWork, kind, key, parentKey, cancellationToken), cancellationToken);

    public Task<OperationResult> DeleteAsync(NodeKind kind, Guid key, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => recycleBin.DeleteAsync(unitOfWork, kind, key, cancellationToken), cancellationToken);

    public Task<OperationResult> EmptyRecycleBinAsync(NodeKind kind, CancellationToken cancellationToken) =>
        unitsOfWork.RunAsync(unitOfWork => recycleBin.EmptyAsync(unitOfWork, kind, cancellationToken), cancellationToken);
}
