using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Where a node goes among its siblings: the next sort order and a URL segment no sibling has.</summary>
internal static class Siblings
{
    public static Task<int> NextSortOrderAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid? parentKey, CancellationToken cancellationToken) =>
        unitOfWork.Nodes.GetNextSortOrderAsync(kind, parentKey, cancellationToken);

    public static async Task<string> UniqueUrlSegmentAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid? parentKey, string name, Guid key, CancellationToken cancellationToken)
    {
        var baseSegment = UrlSegments.BaseFor(name, key);
        var taken = await unitOfWork.Nodes.GetSiblingUrlSegmentsAsync(kind, parentKey, baseSegment, key, cancellationToken);
        return UrlSegments.FirstFree(baseSegment, taken);
    }
}
