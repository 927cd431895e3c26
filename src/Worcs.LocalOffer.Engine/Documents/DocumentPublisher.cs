using Worcs.LocalOffer.Engine.ContentTypes;
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

/// <summary>
/// Publishes and unpublishes documents. Publishing validates the draft fully and makes it the published version; a
/// culture-variant document publishes the cultures asked for (all of the draft's by default) and keeps the others as
/// they were published, in a version of its own when that differs from the draft.
/// </summary>
internal sealed class DocumentPublisher(PropertyEditorCollection editors, ContentRules rules, ValueSizeLimits limits, RedirectTracker redirects, TimeProvider clock)
{
    public async Task<OperationResult<Node>> PublishAsync(IUnitOfWork unitOfWork, Guid key, int? expectedRevision, CancellationToken cancellationToken, IReadOnlyCollection<string>? cultures = null)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, NodeKind.Document, key, expectedRevision, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        var type = (await unitOfWork.ContentTypes.GetAsync(node.ContentTypeKey, cancellationToken))!;
        var draft = (await unitOfWork.Versions.GetAsync(node.DraftVersionId, cancellationToken))!;
        var published = draft;
        var errors = await CheckPlacementAsync(unitOfWork, node, cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, errors);
        }

        if (type.VariesByCulture())
        {
            var languages = await unitOfWork.Languages.GetAllAsync(cancellationToken);
            errors.AddRange(CulturePublishing.CheckRequested(node, draft, cultures, languages, out var toPublish));
            var previous = node.PublishedVersionId is { } id ? await unitOfWork.Versions.GetAsync(id, cancellationToken) : null;
            var merged = CulturePublishing.Merge(draft, previous, toPublish, languages);
            errors.AddRange(CulturePublishing.MissingMandatory(node, merged, languages));
            errors.AddRange(await ValidateAsync(unitOfWork, type, draft, toPublish, cancellationToken));
            if (errors.Count == 0 && !CulturePublishing.IsWholeDraft(draft, merged))
            {
                published = PublishedCopy(draft, merged);
                unitOfWork.Versions.Add(published);
            }
        }
        else
        {
            errors.AddRange(await ValidateAsync(unitOfWork, type, draft, [], cancellationToken));
        }

        if (errors.Count > 0)
        {
            return OperationResult<Node>.Fail(OperationStatus.Invalid, errors);
        }

        await redirects.TrackPublishAsync(unitOfWork, node, draft, cancellationToken);
        published.WasPublished = true;
        unitOfWork.Versions.Update(published);
        node.PublishedVersionId = published.Id;
        node.PublishDate = clock.GetUtcNow().UtcDateTime;
        node.ScheduledPublishDate = null;
        node.Revision++;
        unitOfWork.Raise(new DocumentPublishedNotification([node.Key]));
        return OperationResult<Node>.Success(node);
    }

    /// <summary>Unpublishes the document or, given a culture, only that culture (the whole document when it was the last or is mandatory).</summary>
    public async Task<OperationResult<Node>> UnpublishAsync(IUnitOfWork unitOfWork, Guid key, int? expectedRevision, CancellationToken cancellationToken, string? culture = null)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, NodeKind.Document, key, expectedRevision, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        if (node.PublishedVersionId is not { } publishedId)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError("key", $"'{node.Name}' is not published."));
        }

        if (culture is not null)
        {
            var published = (await unitOfWork.Versions.GetAsync(publishedId, cancellationToken))!;
            var languages = await unitOfWork.Languages.GetAllAsync(cancellationToken);
            if (!published.Cultures.ContainsKey(culture))
            {
                return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError($"cultures.{culture}", $"'{node.Name}' is not published in '{culture}'."));
            }

            var remaining = NodeVersions.CopyCultures(published.Cultures.Where(pair => !string.Equals(pair.Key, culture, StringComparison.OrdinalIgnoreCase)).ToDictionary());
            var mandatory = CultureDrafts.Find(languages, culture) is { IsMandatory: true };
            if (remaining.Count > 0 && !mandatory)
            {
                var copy = PublishedCopy(published, remaining);
                copy.WasPublished = true;
                unitOfWork.Versions.Add(copy);
                node.PublishedVersionId = copy.Id;
                node.Revision++;
                unitOfWork.Raise(new DocumentPublishedNotification([node.Key]));
                return OperationResult<Node>.Success(node);
            }
        }

        node.PublishedVersionId = null;
        node.ScheduledUnpublishDate = null;
        node.Revision++;
        unitOfWork.Raise(new DocumentUnpublishedNotification([node.Key]));
        return OperationResult<Node>.Success(node);
    }

    private NodeVersion PublishedCopy(NodeVersion source, Dictionary<string, NodeCultureVariant> cultures) => new()
    {
        Id = Guid.CreateVersion7(),
        NodeKey = source.NodeKey,
        Name = source.Name,
        UrlSegment = source.UrlSegment,
        Values = new Dictionary<string, string?>(source.Values, StringComparer.OrdinalIgnoreCase),
        Cultures = cultures,
        CreateDate = clock.GetUtcNow().UtcDateTime,
    };

    private static async Task<List<ValidationError>> CheckPlacementAsync(IUnitOfWork unitOfWork, Node node, CancellationToken cancellationToken)
    {
        if (node.Trashed)
        {
            return [new ValidationError("key", $"'{node.Name}' is in the recycle bin and cannot be published.")];
        }

        if (node.ParentKey is { } parentKey && await unitOfWork.Nodes.GetAsync(parentKey, cancellationToken) is { IsPublished: false } parent)
        {
            return [new ValidationError("parent", $"'{node.Name}' cannot be published until its parent '{parent.Name}' is published.")];
        }

        return [];
    }

    /// <summary>Full validation of the invariant values and of each culture being published.</summary>
    private async Task<List<ValidationError>> ValidateAsync(IUnitOfWork unitOfWork, ContentType type, NodeVersion draft, IReadOnlyCollection<string> cultures, CancellationToken cancellationToken)
    {
        var schema = await Schema.Schema.LoadAsync(unitOfWork, type.Key, cancellationToken);
        var validator = new ContentValidator(schema, editors, rules, limits);
        var variant = type.VariesByCulture();
        var errors = validator.Validate(type, draft.Values, "properties", ValidationMode.Publish, variant ? VariantScope.Invariant : VariantScope.All);
        foreach (var culture in cultures.Where(draft.Cultures.ContainsKey))
        {
            errors.AddRange(validator.Validate(type, draft.Cultures[culture].Values, $"cultures.{culture}.properties", ValidationMode.Publish, VariantScope.Culture));
        }

        return errors;
    }
}
