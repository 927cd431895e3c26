using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Copies a node's draft (and optionally its descendants' drafts) under a parent. Copies start unpublished.</summary>
internal sealed class NodeCopier(TimeProvider clock)
{
    public async Task<OperationResult<Node>> CopyAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, Guid? parentKey, bool includeDescendants, CancellationToken cancellationToken)
    {
        var loaded = await NodeLookup.LoadAsync(unitOfWork, kind, key, null, cancellationToken);
        if (loaded.Value is not { } source)
        {
            return loaded;
        }

        var type = await unitOfWork.ContentTypes.GetAsync(source.ContentTypeKey, cancellationToken);
        var placement = await TreeRules.CheckPlacementAsync(unitOfWork, kind, type!, parentKey, cancellationToken);
        if (!placement.Succeeded)
        {
            return OperationResult<Node>.From(placement);
        }

        var copies = new List<Guid>();
        var copy = await CopyOneAsync(unitOfWork, source, placement.Value, copies, cancellationToken);
        if (includeDescendants)
        {
            await CopyChildrenAsync(unitOfWork, source, copy, copies, cancellationToken);
        }

        unitOfWork.Raise(NodeNotifications.Saved(kind, copies));
        return OperationResult<Node>.Success(copy);
    }

    private async Task CopyChildrenAsync(IUnitOfWork unitOfWork, Node source, Node copy, List<Guid> copies, CancellationToken cancellationToken)
    {
        foreach (var child in await unitOfWork.Nodes.GetChildrenAsync(source.Kind, source.Key, cancellationToken))
        {
            var childCopy = await CopyOneAsync(unitOfWork, child, copy, copies, cancellationToken);
            await CopyChildrenAsync(unitOfWork, child, childCopy, copies, cancellationToken);
        }
    }

    private async Task<Node> CopyOneAsync(IUnitOfWork unitOfWork, Node source, Node? parent, List<Guid> copies, CancellationToken cancellationToken)
    {
        var draft = (await unitOfWork.Versions.GetAsync(source.DraftVersionId, cancellationToken))!;
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Guid.NewGuid();
        var version = new NodeVersion
        {
            Id = Guid.CreateVersion7(),
            NodeKey = key,
            Name = draft.Name,
            UrlSegment = await Siblings.UniqueUrlSegmentAsync(unitOfWork, source.Kind, parent?.Key, draft.Name, key, cancellationToken),
            Values = new Dictionary<string, string?>(draft.Values, StringComparer.OrdinalIgnoreCase),
            Cultures = NodeVersions.CopyCultures(draft.Cultures),
            CreateDate = now,
        };
        var copy = new Node
        {
            Key = key,
            Kind = source.Kind,
            ContentTypeKey = source.ContentTypeKey,
            ParentKey = parent?.Key,
            Path = TreePath.Of(key, parent?.Path ?? TreePath.Root),
            Level = (parent?.Level ?? 0) + 1,
            // The top copy goes last among its new siblings; copies below it keep their order under brand-new parents.
            SortOrder = copies.Count == 0 ? await Siblings.NextSortOrderAsync(unitOfWork, source.Kind, parent?.Key, cancellationToken) : source.SortOrder,
            Name = version.Name,
            UrlSegment = version.UrlSegment,
            CreateDate = now,
            UpdateDate = now,
            DraftVersionId = version.Id,
            PublishedVersionId = source.Kind == NodeKind.Media ? version.Id : null,
        };
        await CultureDrafts.AssignUrlSegmentsAsync(unitOfWork, copy, version.Cultures, cancellationToken);
        unitOfWork.Versions.Add(version);
        unitOfWork.Nodes.Add(copy);
        copies.Add(key);
        return copy;
    }
}
