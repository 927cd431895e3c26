using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Creates or updates one document or media item: move, sort, save, then publish or unpublish as the file says.</summary>
internal sealed class NodeApplier(DocumentService documents, MediaService media)
{
    public async Task<OperationResult> ApplyAsync(PlannedNode planned, CancellationToken cancellationToken)
    {
        var file = planned.File;
        var isMedia = file.Kind == ContentKind.Media;
        var publish = ContentMapper.Published(file);
        if (planned.Stored is not { } stored)
        {
            var request = ContentMapper.ToCreateRequest(file);
            return isMedia
                ? await media.CreateAsync(request, cancellationToken)
                : await documents.CreateAsync(request, publish == true, cancellationToken);
        }

        var parentKey = ContentMapper.ParentKey(file);
        if (stored.Node.ParentKey != parentKey)
        {
            var moved = isMedia
                ? await media.MoveAsync(file.Key, parentKey, cancellationToken: cancellationToken)
                : await documents.MoveAsync(file.Key, parentKey, cancellationToken: cancellationToken);
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

        return publish == false && stored.Node.IsPublished
            ? await documents.UnpublishAsync(file.Key, cancellationToken: cancellationToken)
            : OperationResult.Success();
    }
}
