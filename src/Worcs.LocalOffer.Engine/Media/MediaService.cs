using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Media;

/// <summary>
/// Everything editors do to media. Media has no drafts: every save is live at once, and must pass every rule,
/// mandatory values included.
/// </summary>
public sealed class MediaService
{
    private const NodeKind Kind = NodeKind.Media;
    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly NodeWriter _writer;
    private readonly NodeTree _tree;

    internal MediaService(IUnitOfWorkFactory unitsOfWork, NodeWriter writer, NodeTree tree)
    {
        _unitsOfWork = unitsOfWork;
        _writer = writer;
        _tree = tree;
    }

    public Task<NodeSnapshot?> GetAsync(Guid key, CancellationToken cancellationToken = default) => _tree.GetAsync(Kind, key, cancellationToken);

    public Task<IReadOnlyList<Node>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default) =>
        _tree.GetChildrenAsync(Kind, parentKey, cancellationToken);

    public Task<OperationResult<Node>> CreateAsync(NodeCreateRequest request, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork => GoLive(unitOfWork, await _writer.CreateAsync(unitOfWork, Kind, request, ValidationMode.Publish, cancellationToken)),
            cancellationToken,
            UnitOfWorkRunner.CreateAttempts);

    public Task<OperationResult<Node>> SaveAsync(NodeUpdateRequest request, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork => GoLive(unitOfWork, await _writer.UpdateAsync(unitOfWork, Kind, request, ValidationMode.Publish, cancellationToken)),
            cancellationToken);

    public Task<OperationResult<Node>> MoveAsync(Guid key, Guid? parentKey, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _tree.MoveAsync(Kind, key, parentKey, expectedRevision, cancellationToken);

    public Task<OperationResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken = default) =>
        _tree.SortAsync(Kind, parentKey, orderedKeys, cancellationToken);

    /// <summary>Gives one media item an exact sort order among its siblings, leaving theirs alone.</summary>
    public Task<OperationResult<Node>> SetSortOrderAsync(Guid key, int sortOrder, CancellationToken cancellationToken = default) =>
        _tree.SetSortOrderAsync(Kind, key, sortOrder, cancellationToken);

    public Task<OperationResult<Node>> CopyAsync(Guid key, Guid? parentKey, bool includeDescendants = false, CancellationToken cancellationToken = default) =>
        _tree.CopyAsync(Kind, key, parentKey, includeDescendants, cancellationToken);

    public Task<OperationResult<Node>> TrashAsync(Guid key, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _tree.TrashAsync(Kind, key, expectedRevision, cancellationToken);

    public Task<OperationResult<Node>> RestoreAsync(Guid key, Guid? parentKey = null, CancellationToken cancellationToken = default) =>
        _tree.RestoreAsync(Kind, key, parentKey, cancellationToken);

    public Task<OperationResult> DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        _tree.DeleteAsync(Kind, key, cancellationToken);

    public Task<IReadOnlyList<Node>> GetRecycleBinAsync(CancellationToken cancellationToken = default) =>
        _tree.GetRecycleBinAsync(Kind, cancellationToken);

    private static OperationResult<Node> GoLive(IUnitOfWork unitOfWork, OperationResult<Node> saved)
    {
        if (saved.Value is { } node)
        {
            node.PublishedVersionId = node.DraftVersionId;
            unitOfWork.Raise(new MediaSavedNotification([node.Key]));
        }

        return saved;
    }
}
