using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;
using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Validation;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.Engine.Documents;

/// <summary>Publishes and unpublishes documents. Publishing validates the draft fully and makes it the published version.</summary>
internal sealed class DocumentPublisher(PropertyEditorCollection editors, ContentRules rules, ValueSizeLimits limits, RedirectTracker redirects, TimeProvider clock)
{
    public async Task<OperationResult<Node>> PublishAsync(IUnitOfWork unitOfWork, Guid key, int? expectedRevision, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, NodeKind.Document, key, expectedRevision, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        var publishable = await CheckPublishableAsync(unitOfWork, node, cancellationToken);
        if (!publishable.Succeeded)
        {
            return OperationResult<Node>.From(publishable);
        }

        var draft = await unitOfWork.Versions.GetAsync(node.DraftVersionId, cancellationToken);
        await redirects.TrackPublishAsync(unitOfWork, node, draft!, cancellationToken);
        draft!.WasPublished = true;
        unitOfWork.Versions.Update(draft);
        node.PublishedVersionId = draft.Id;
        node.PublishDate = clock.GetUtcNow().UtcDateTime;
        node.ScheduledPublishDate = null;
        node.Revision++;
        unitOfWork.Raise(new DocumentPublishedNotification([node.Key]));
        return OperationResult<Node>.Success(node);
    }

    public async Task<OperationResult<Node>> UnpublishAsync(IUnitOfWork unitOfWork, Guid key, int? expectedRevision, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, NodeKind.Document, key, expectedRevision, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        if (node.PublishedVersionId is null)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError("key", $"'{node.Name}' is not published."));
        }

        node.PublishedVersionId = null;
        node.ScheduledUnpublishDate = null;
        node.Revision++;
        unitOfWork.Raise(new DocumentUnpublishedNotification([node.Key]));
        return OperationResult<Node>.Success(node);
    }

    private async Task<OperationResult> CheckPublishableAsync(IUnitOfWork unitOfWork, Node node, CancellationToken cancellationToken)
    {
        if (node.Trashed)
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, new ValidationError("key", $"'{node.Name}' is in the recycle bin and cannot be published."));
        }

        if (node.ParentKey is { } parentKey && await unitOfWork.Nodes.GetAsync(parentKey, cancellationToken) is { IsPublished: false } parent)
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, new ValidationError("parent", $"'{node.Name}' cannot be published until its parent '{parent.Name}' is published."));
        }

        var type = await unitOfWork.ContentTypes.GetAsync(node.ContentTypeKey, cancellationToken);
        var draft = await unitOfWork.Versions.GetAsync(node.DraftVersionId, cancellationToken);
        var schema = await Schema.Schema.LoadAsync(unitOfWork, type!.Key, cancellationToken);
        var errors = new ContentValidator(schema, editors, rules, limits).Validate(type, draft!.Values, "properties", ValidationMode.Publish);
        return errors.Count == 0 ? OperationResult.Success() : OperationResult.Fail(OperationStatus.Invalid, errors);
    }
}
