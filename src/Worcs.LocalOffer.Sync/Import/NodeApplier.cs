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
        if (planned.Stored is not { } stored)
        {
            var request = ContentMapper.ToCreateRequest(file, planned.ParentKey);
            var created = isMedia
                ? await media.CreateAsync(request, cancellationToken)
                : await documents.CreateAsync(request, publish == true, cancellationToken);
            return created.Succeeded ? await ScheduleAsync(planned, cancellationToken) : created;
        }

        var placed = await PlaceAsync(planned, isMedia, cancellationToken);
        if (!placed.Succeeded)
        {
            return placed;
        }

        var contentChanged = planned.Change.Details.Any(detail => detail.StartsWith("name", StringComparison.Ordinal) || detail.StartsWith("value", StringComparison.Ordinal));
        if (contentChanged)
        {
            var request = ContentMapper.ToUpdateRequest(file);
            var saved = isMedia
                ? await media.SaveAsync(request, cancellationToken)
                : await documents.SaveAsync(request, publish == true, cancellationToken);
            if (!saved.Succeeded || isMedia)
            {
                return saved;
            }
        }
        else if (publish == true && planned.Change.Details.Contains("publish"))
        {
            var published = await documents.PublishAsync(file.Key, cancellationToken: cancellationToken);
            if (!published.Succeeded)
            {
                return published;
            }
        }

        if (publish == false && stored.Node.IsPublished)
        {
            var unpublished = await documents.UnpublishAsync(file.Key, cancellationToken: cancellationToken);
            if (!unpublished.Succeeded)
            {
                return unpublished;
            }
        }

        return await ScheduleAsync(planned, cancellationToken);
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

    private async Task<OperationResult> ScheduleAsync(PlannedNode planned, CancellationToken cancellationToken) =>
        planned.Reschedule && planned.File.Kind == ContentKind.Document
            ? await documents.ScheduleAsync(planned.File.Key, planned.State.PublishAt, planned.State.UnpublishAt, cancellationToken: cancellationToken)
            : OperationResult.Success();
}
