namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>One delivered tree (documents or media): nodes by key, roots and tree order.</summary>
public sealed class NodeTreeIndex
{
    public NodeTreeIndex(IReadOnlyList<CachedNode> inTreeOrder)
    {
        InTreeOrder = inTreeOrder;
        ByKey = inTreeOrder.ToDictionary(node => node.Key);
        Roots = [.. inTreeOrder.Where(node => node.Parent is null)];
    }

    public IReadOnlyList<CachedNode> InTreeOrder { get; }

    public IReadOnlyDictionary<Guid, CachedNode> ByKey { get; }

    public IReadOnlyList<CachedNode> Roots { get; }

    public CachedNode? Find(Guid key) => ByKey.GetValueOrDefault(key);
}
