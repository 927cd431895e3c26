using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Documents;

/// <summary>
/// Everything editors do to documents. Each call is one transaction: it either applies whole or, with a failed
/// result, writes nothing. Notifications go out after the commit.
/// </summary>
public sealed partial class DocumentService
{
    private const NodeKind Kind = NodeKind.Document;
    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly NodeWriter _writer;
    private readonly DocumentPublisher _publisher;
    private readonly NodeTree _tree;
    private readonly TimeProvider _clock;

    internal DocumentService(IUnitOfWorkFactory unitsOfWork, NodeWriter writer, DocumentPublisher publisher, NodeTree tree, TimeProvider clock)
    {
        _unitsOfWork = unitsOfWork;
        _writer = writer;
        _publisher = publisher;
        _tree = tree;
        _clock = clock;
    }

    public Task<NodeSnapshot?> GetAsync(Guid key, CancellationToken cancellationToken = default) => _tree.GetAsync(Kind, key, cancellationToken);

    public Task<IReadOnlyList<Node>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default) =>
        _tree.GetChildrenAsync(Kind, parentKey, cancellationToken);

    /// <summary>Creates a document with a first draft and, when <paramref name="publish"/> is true, publishes it in the same transaction.</summary>
    public Task<OperationResult<Node>> CreateAsync(NodeCreateRequest request, bool publish = false, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork => await ThenPublishAsync(unitOfWork, await _writer.CreateAsync(unitOfWork, Kind, request, ValidationMode.Save, cancellationToken), publish, cancellationToken),
            cancellationToken,
            UnitOfWorkRunner.CreateAttempts);

    /// <summary>Saves a new draft and, when <paramref name="publish"/> is true, publishes it in the same transaction.</summary>
    public Task<OperationResult<Node>> SaveAsync(NodeUpdateRequest request, bool publish = false, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork => await ThenPublishAsync(unitOfWork, await _writer.UpdateAsync(unitOfWork, Kind, request, ValidationMode.Save, cancellationToken), publish, cancellationToken),
            cancellationToken);

    public Task<OperationResult<Node>> PublishAsync(Guid key, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(unitOfWork => _publisher.PublishAsync(unitOfWork, key, expectedRevision, cancellationToken), cancellationToken);

    public Task<OperationResult<Node>> UnpublishAsync(Guid key, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(unitOfWork => _publisher.UnpublishAsync(unitOfWork, key, expectedRevision, cancellationToken), cancellationToken);

    /// <summary>Publishes these cultures of a culture-variant document, keeping its other cultures as they were published.</summary>
    public Task<OperationResult<Node>> PublishCulturesAsync(Guid key, IReadOnlyCollection<string> cultures, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(unitOfWork => _publisher.PublishAsync(unitOfWork, key, expectedRevision, cancellationToken, cultures), cancellationToken);

    /// <summary>Unpublishes one culture; the whole document when it was the last published culture or its language is mandatory.</summary>
    public Task<OperationResult<Node>> UnpublishCultureAsync(Guid key, string culture, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(unitOfWork => _publisher.UnpublishAsync(unitOfWork, key, expectedRevision, cancellationToken, culture), cancellationToken);

    private async Task<OperationResult<Node>> ThenPublishAsync(IUnitOfWork unitOfWork, OperationResult<Node> saved, bool publish, CancellationToken cancellationToken)
    {
        if (!saved.Succeeded)
        {
            return saved;
        }

        unitOfWork.Raise(new DocumentSavedNotification([saved.Value!.Key]));
        return publish ? await _publisher.PublishAsync(unitOfWork, saved.Value.Key, null, cancellationToken) : saved;
    }
}
