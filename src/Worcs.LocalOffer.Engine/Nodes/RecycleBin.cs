using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Trash, restore and permanent delete. Trashing a document unpublishes it and everything below it.</summary>
internal sealed class RecycleBin(TimeProvider clock)
{
    public async Task<OperationResult<Node>> TrashAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, int? expectedRevision, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, kind, key, expectedRevision, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        if (node.Trashed)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError("key", $"'{node.Name}' is already in the recycle bin."));
        }

        var descendants = await unitOfWork.Nodes.GetDescendantsAsync(node.Path, cancellationToken);
        node.TrashedFromParentKey = node.ParentKey;
        node.Trashed = true;
        Reparenting.Apply(node, descendants, null, TreePath.RecycleBin, 0);
        node.UpdateDate = clock.GetUtcNow().UtcDateTime;
        var unpublished = new List<Guid>();
        foreach (var item in descendants.Prepend(node))
        {
            item.ScheduledPublishDate = null;
            item.ScheduledUnpublishDate = null;
            if (item.PublishedVersionId is not null && kind == NodeKind.Document)
            {
                item.PublishedVersionId = null;
                unpublished.Add(item.Key);
            }
        }

        if (unpublished.Count > 0)
        {
            unitOfWork.Raise(new DocumentUnpublishedNotification(unpublished));
        }

        unitOfWork.Raise(NodeNotifications.Moved(kind, Reparenting.KeysOf(node, descendants)));
        return OperationResult<Node>.Success(node);
    }

    /// <summary>Puts a top-level recycle bin item back where it was, or under <paramref name="parentKey"/> when given.</summary>
    public async Task<OperationResult<Node>> RestoreAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, Guid? parentKey, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, kind, key, null, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        if (!node.Trashed || node.ParentKey is not null)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError("key", node.Trashed
                ? $"'{node.Name}' is inside a trashed item; restore that item instead."
                : $"'{node.Name}' is not in the recycle bin."));
        }

        var target = parentKey ?? node.TrashedFromParentKey;
        var type = await unitOfWork.ContentTypes.GetAsync(node.ContentTypeKey, cancellationToken);
        var placement = await TreeRules.CheckPlacementAsync(unitOfWork, kind, type!, target, cancellationToken);
        if (!placement.Succeeded)
        {
            return OperationResult<Node>.Fail(placement.Status, [.. placement.Errors, new ValidationError("parent", $"'{node.Name}' cannot go back to where it was; choose another parent.")]);
        }

        var descendants = await unitOfWork.Nodes.GetDescendantsAsync(node.Path, cancellationToken);
        var sortOrder = await Siblings.NextSortOrderAsync(unitOfWork, kind, target, cancellationToken);
        var segment = await Siblings.UniqueUrlSegmentAsync(unitOfWork, kind, target, node.Name, node.Key, cancellationToken);
        node.Trashed = false;
        node.TrashedFromParentKey = null;
        Reparenting.Apply(node, descendants, target, placement.Value?.Path ?? TreePath.Root, placement.Value?.Level ?? 0);
        node.SortOrder = sortOrder;
        node.UrlSegment = segment;
        node.UpdateDate = clock.GetUtcNow().UtcDateTime;
        unitOfWork.Raise(NodeNotifications.Moved(kind, Reparenting.KeysOf(node, descendants)));
        return OperationResult<Node>.Success(node);
    }

    /// <summary>Deletes a node, everything below it and all their versions, for good.</summary>
    public async Task<OperationResult> DeleteAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, kind, key, null, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        var descendants = await unitOfWork.Nodes.GetDescendantsAsync(node.Path, cancellationToken);
        foreach (var item in descendants.Reverse().Append(node))
        {
            await unitOfWork.Versions.RemoveAllForNodeAsync(item.Key, cancellationToken);
            unitOfWork.Nodes.Remove(item);
        }

        unitOfWork.Raise(NodeNotifications.Deleted(kind, Reparenting.KeysOf(node, descendants)));
        return OperationResult.Success();
    }

    public async Task<OperationResult> EmptyAsync(IUnitOfWork unitOfWork, NodeKind kind, CancellationToken cancellationToken)
    {
        foreach (var item in await unitOfWork.Nodes.GetRecycleBinAsync(kind, cancellationToken))
        {
            await DeleteAsync(unitOfWork, kind, item.Key, cancellationToken);
        }

        return OperationResult.Success();
    }
}
