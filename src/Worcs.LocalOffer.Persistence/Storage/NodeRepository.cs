using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class NodeRepository(LocalOfferDbContext context) : INodeRepository
{
    public Task<Node?> GetAsync(Guid key, CancellationToken cancellationToken) =>
        context.Nodes.FindAsync([key], cancellationToken).AsTask();

    public async Task<IReadOnlyList<Node>> GetManyAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var nodes = new List<Node>(keys.Count);
        foreach (var chunk in KeyChunks.Of(keys))
        {
            nodes.AddRange(await context.Nodes.Where(node => chunk.Contains(node.Key)).ToListAsync(cancellationToken));
        }

        return nodes;
    }

    public async Task<IReadOnlyList<Node>> GetChildrenAsync(NodeKind kind, Guid? parentKey, CancellationToken cancellationToken)
    {
        return await Children(kind, parentKey)
            .OrderBy(node => node.SortOrder).ThenBy(node => node.Key)
            .ToListAsync(cancellationToken);
    }

    public async Task<int> GetNextSortOrderAsync(NodeKind kind, Guid? parentKey, CancellationToken cancellationToken)
    {
        var highest = await Children(kind, parentKey).MaxAsync(node => (int?)node.SortOrder, cancellationToken);
        return highest is { } value ? value + 1 : 0;
    }

    public async Task<IReadOnlyList<string>> GetSiblingUrlSegmentsAsync(NodeKind kind, Guid? parentKey, string prefix, Guid exceptKey, CancellationToken cancellationToken) =>
        await Children(kind, parentKey)
            .Where(node => node.Key != exceptKey && node.UrlSegment.StartsWith(prefix))
            .Select(node => node.UrlSegment)
            .ToListAsync(cancellationToken);

    private IQueryable<Node> Children(NodeKind kind, Guid? parentKey) =>
        (parentKey is { } key
            ? context.Nodes.Where(node => node.ParentKey == key)
            : context.Nodes.Where(node => node.ParentKey == null && !node.Trashed))
        .Where(node => node.Kind == kind);

    public async Task<IReadOnlyList<Node>> GetDescendantsAsync(string path, CancellationToken cancellationToken)
    {
        var (lower, upper) = TreePaths.DescendantRange(path);
        return await context.Nodes
            .Where(node => node.Path.CompareTo(lower) > 0 && node.Path.CompareTo(upper) < 0)
            .OrderBy(node => node.Path)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Node>> GetRecycleBinAsync(NodeKind kind, CancellationToken cancellationToken) =>
        await context.Nodes
            .Where(node => node.Kind == kind && node.ParentKey == null && node.Trashed)
            .OrderBy(node => node.SortOrder).ThenBy(node => node.Key)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Node>> GetByContentTypesAsync(IReadOnlyCollection<Guid> contentTypeKeys, CancellationToken cancellationToken)
    {
        var nodes = new List<Node>();
        foreach (var chunk in KeyChunks.Of(contentTypeKeys))
        {
            nodes.AddRange(await context.Nodes.Where(node => chunk.Contains(node.ContentTypeKey)).ToListAsync(cancellationToken));
        }

        return [.. nodes.OrderBy(node => node.Path, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<Node>> GetScheduledDueAsync(DateTime dueUtc, CancellationToken cancellationToken) =>
        await context.Nodes
            .Where(node => node.ScheduledPublishDate <= dueUtc || node.ScheduledUnpublishDate <= dueUtc)
            .OrderBy(node => node.Path)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Node>> GetAllAsync(NodeKind kind, CancellationToken cancellationToken) =>
        await context.Nodes
            .Where(node => node.Kind == kind)
            .OrderBy(node => node.Path)
            .ToListAsync(cancellationToken);

    public void Add(Node node) => context.Nodes.Add(node);

    public void Remove(Node node) => context.Nodes.Remove(node);
}
