using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Creates or updates one document or media item: restore, move, sort, save, publish or unpublish as the file means
/// now, then schedule. Moving a trashed branch to the recycle bin is left to <see cref="TrashAsync"/>, after every item.
/// </summary>
internal sealed class NodeApplier(DocumentService documents, MediaService media)
{
    public async Task<OperationResult> ApplyAsync(PlannedNode planned, CancellationToken cancellationToken)
    {
        var file = planned.File;
        var isMedia = file.Kind == ContentKind.Media;
        var publish = planned.State.Publish;
        var variant = !isMedia && planned.Shape.VariesByCulture;
        if (planned.Stored is not { } stored)
        {
            var request = ContentMapper.ToCreateRequest(file, planned.ParentKey, planned.Shape);
            var created = isMedia
                ? await media.CreateAsync(request, cancellationToken)
                : await documents.CreateAsync(request, publish == true && !variant, cancellationToken);
            var createdPublished = created.Succeeded && variant ? await PublishCulturesAsync(planned, everything: true, cancellationToken) : created;
            return createdPublished.Succeeded ? await ScheduleAsync(planned, cancellationToken) : createdPublished;
        }

        var placed = await PlaceAsync(planned, isMedia, cancellationToken);
        if (!placed.Succeeded)
        {
            return placed;
        }

        var contentChanged = planned.Change.Details.Any(ContentMapper.ChangesDraft);
        if (contentChanged)
        {
            var request = ContentMapper.ToUpdateRequest(file, planned.Shape);
            var saved = isMedia
                ? await media.SaveAsync(request, cancellationToken)
                : await documents.SaveAsync(request, publish == true && !variant, cancellationToken);
            if (!saved.Succeeded || isMedia)
            {
                return saved;
            }
        }
        else if (!variant && publish == true && planned.Change.Details.Contains("publish"))
        {
            var published = await documents.PublishAsync(file.Key, cancellationToken: cancellationToken);
            if (!published.Succeeded)
            {
                return published;
            }
        }

        var unpublished = variant
            ? await PublishCulturesAsync(planned, contentChanged, cancellationToken)
            : publish == false && stored.Node.IsPublished ? await documents.UnpublishAsync(file.Key, cancellationToken: cancellationToken) : OperationResult.Success();
        return unpublished.Succeeded ? await ScheduleAsync(planned, cancellationToken) : unpublished;
    }

    /// <summary>Moves the top of a trashed branch into the recycle bin, remembering where it was.</summary>
    public async Task<OperationResult> TrashAsync(PlannedNode planned, CancellationToken cancellationToken) =>
        planned.File.Kind == ContentKind.Media
            ? await media.TrashAsync(planned.File.Key, cancellationToken: cancellationToken)
            : await documents.TrashAsync(planned.File.Key, cancellationToken: cancellationToken);

    private async Task<OperationResult> PlaceAsync(PlannedNode planned, bool isMedia, CancellationToken cancellationToken)
    {
        var file = planned.File;
        var stored = planned.Stored!;
        if (planned.Restore)
        {
            var restored = isMedia
                ? await media.RestoreAsync(file.Key, planned.ParentKey, cancellationToken)
                : await documents.RestoreAsync(file.Key, planned.ParentKey, cancellationToken);
            if (!restored.Succeeded)
            {
                return restored;
            }
        }
        else if (stored.Node.ParentKey != planned.ParentKey)
        {
            var moved = isMedia
                ? await media.MoveAsync(file.Key, planned.ParentKey, cancellationToken: cancellationToken)
                : await documents.MoveAsync(file.Key, planned.ParentKey, cancellationToken: cancellationToken);
            if (!moved.Succeeded)
            {
                return moved;
            }
        }

        if (file.Info.SortOrder is { } sortOrder && planned.Change.Details.Any(detail => detail.StartsWith("sortOrder", StringComparison.Ordinal)))
        {
            var sorted = isMedia
                ? await media.SetSortOrderAsync(file.Key, sortOrder, cancellationToken)
                : await documents.SetSortOrderAsync(file.Key, sortOrder, cancellationToken);
            if (!sorted.Succeeded)
            {
                return sorted;
            }
        }

        return OperationResult.Success();
    }

    /// <summary>
    /// A culture-variant document: publishes the cultures the file marks true (all of them after a save or a create,
    /// else those the report found unpublished or behind) and unpublishes those it marks false that are published.
    /// A file that is not published at all unpublishes the document.
    /// </summary>
    private async Task<OperationResult> PublishCulturesAsync(PlannedNode planned, bool everything, CancellationToken cancellationToken)
    {
        var key = planned.File.Key;
        var details = planned.Change.Details;
        if (planned.State.Publish == false)
        {
            return details.Contains("unpublish") ? await documents.UnpublishAsync(key, cancellationToken: cancellationToken) : OperationResult.Success();
        }

        if (planned.State.Publish != true)
        {
            return OperationResult.Success();
        }

        var (publish, unpublish) = ContentCultureMapper.PublishedCultures(planned.File);
        var now = publish.Where(culture => everything || details.Contains($"publish {culture}")).ToList();
        if (now.Count > 0 && await documents.PublishCulturesAsync(key, now, cancellationToken: cancellationToken) is { Succeeded: false } failed)
        {
            return failed;
        }

        foreach (var culture in unpublish.Where(culture => details.Contains($"unpublish {culture}")))
        {
            if (await documents.UnpublishCultureAsync(key, culture, cancellationToken: cancellationToken) is { Succeeded: false } refused)
            {
                return refused;
            }
        }

        return OperationResult.Success();
    }

    private async Task<OperationResult> ScheduleAsync(PlannedNode planned, CancellationToken cancellationToken) =>
        planned.Reschedule && planned.File.Kind == ContentKind.Document
            ? await documents.ScheduleAsync(planned.File.Key, planned.State.PublishAt, planned.State.UnpublishAt, cancellationToken: cancellationToken)
            : OperationResult.Success();
}
