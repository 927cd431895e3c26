using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Moves nodes to a new parent and reorders siblings.</summary>
internal sealed class TreeMover(RedirectTracker redirects, TimeProvider clock)
{
    public async Task<OperationResult<Node>> MoveAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, Guid? parentKey, int? expectedRevision, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, kind, key, expectedRevision, cancellationToken);
        if (loaded.Value is not { } node)
        {
            return loaded;
        }

        if (node.Trashed)
        {
            return OperationResult<Node>.Fail(OperationStatus.NotAllowed, new ValidationError("key", $"'{node.Name}' is in the recycle bin; restore it instead of moving it."));
        }

        if (parentKey == node.ParentKey)
        {
            return OperationResult<Node>.Success(node);
        }

        var target = parentKey is null ? null : await unitOfWork.Nodes.GetAsync(parentKey.Value, cancellationToken);
        if (target is not null && (target.Key == node.Key || TreePath.IsInside(target.Path, node.Path)))
        {
            return OperationResult<Node>.Fail(OperationStatus.Invalid, new ValidationError("parent", $"'{node.Name}' cannot be moved under itself or one of its own descendants ('{target.Name}')."));
        }

        var type = await unitOfWork.ContentTypes.GetAsync(node.ContentTypeKey, cancellationToken);
        var placement = await TreeRules.CheckPlacementAsync(unitOfWork, kind, type!, parentKey, cancellationToken);
        if (!placement.Succeeded)
        {
            return OperationResult<Node>.From(placement);
        }

        if (target is not null)
        {
            // Reads run outside the commit's transaction, so the "not under itself" check above could be stale. Touching
            // the new parent makes two crossing moves (A under B, B under A, or via descendants) write a common row,
            // so the second one to commit fails its revision check instead of making a cycle.
            target.Revision++;
        }

        var descendants = await unitOfWork.Nodes.GetDescendantsAsync(node.Path, cancellationToken);
        var sortOrder = await Siblings.NextSortOrderAsync(unitOfWork, kind, parentKey, cancellationToken);
        var segment = await Siblings.UniqueUrlSegmentAsync(unitOfWork, kind, parentKey, node.Name, node.Key, cancellationToken);
        await redirects.TrackMoveAsync(unitOfWork, node, descendants, parentKey, cancellationToken);
        Reparenting.Apply(node, descendants, parentKey, placement.Value?.Path ?? TreePath.Root, placement.Value?.Level ?? 0);
        node.SortOrder = sortOrder;
        node.UrlSegment = segment;
        node.UpdateDate = clock.GetUtcNow().UtcDateTime;
        unitOfWork.Raise(NodeNotifications.Moved(kind, Reparenting.KeysOf(node, descendants)));
        return OperationResult<Node>.Success(node);
    }

    /// <summary>Gives the children of <paramref name="parentKey"/> the order of <paramref name="orderedKeys"/>, which must list each child once.</summary>
    public async Task<OperationResult> SortAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid? parentKey, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken)
    {
        var children = await unitOfWork.Nodes.GetChildrenAsync(kind, parentKey, cancellationToken);
        var childKeys = children.Select(child => child.Key).ToHashSet();
        if (orderedKeys.Count != childKeys.Count || orderedKeys.Distinct().Count() != orderedKeys.Count || !orderedKeys.All(childKeys.Contains))
        {
            return OperationResult.Fail(OperationStatus.Invalid, new ValidationError("keys", $"The sort order must list each of the {childKeys.Count} children exactly once."));
        }

        var byKey = children.ToDictionary(child => child.Key);
        for (var index = 0; index < orderedKeys.Count; index++)
        {
            var child = byKey[orderedKeys[index]];
            if (child.SortOrder != index)
            {
                child.SortOrder = index;
                child.Revision++;
            }
        }

        unitOfWork.Raise(NodeNotifications.Sorted(kind, orderedKeys));
        return OperationResult.Success();
    }

    /// <summary>
    /// Gives one item an exact sort order, leaving its siblings' as they are: how an import carries over the numbers
    /// in its files. Siblings may then share a number; they keep a stable order by key.
    /// </summary>
    public async Task<OperationResult<Node>> SetSortOrderAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, int sortOrder, CancellationToken cancellationToken)
    {
        if (sortOrder < 0)
        {
            return OperationResult<Node>.Fail(OperationStatus.Invalid, new ValidationError("sortOrder", $"The sort order {sortOrder} is negative."));
        }

        var loaded = await NodeLookup.LoadAsync(unitOfWork, kind, key, null, cancellationToken);
        if (loaded.Value is not { } node || node.SortOrder == sortOrder)
        {
            return loaded;
        }

        node.SortOrder = sortOrder;
        node.Revision++;
        unitOfWork.Raise(NodeNotifications.Sorted(kind, [key]));
        return OperationResult<Node>.Success(node);
    }
}
