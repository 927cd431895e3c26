using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Runs a query over a snapshot: selection, filters, sorts (tree order otherwise and as the last tie-break), paging.</summary>
public static class ContentQueryExecutor
{
    public static (int Total, IReadOnlyList<CachedNode> Items) Execute(
        ContentSnapshot snapshot,
        ContentQuery query,
        bool media,
        CachedNode? startItem,
        Func<CachedNode, bool> deliverable,
        DateTimeOffset now)
    {
        IEnumerable<CachedNode> selected = Select(snapshot, query.Fetch, media, startItem);
        selected = selected.Where(deliverable);
        foreach (var filter in query.Filters)
        {
            selected = selected.Where(node => FilterMatcher.Matches(filter, node, now));
        }

        var matches = selected.ToList();
        IEnumerable<CachedNode> ordered = matches;
        if (query.Sorts.Count > 0)
        {
            IOrderedEnumerable<CachedNode>? sorted = null;
            foreach (var sort in query.Sorts)
            {
                var comparer = new SortValueComparer(sort.Descending);
                Func<CachedNode, object?> key = node => sort.Field.ValuesOf(node, now) is [var first, ..] ? first : null;
                sorted = sorted is null
                    ? matches.OrderBy(key, comparer)
                    : sorted.ThenBy(key, comparer);
            }

            ordered = sorted!.ThenBy(node => node.TreeIndex);
        }

        return (matches.Count, [.. ordered.Skip(query.Skip).Take(query.Take)]);
    }

    private static IEnumerable<CachedNode> Select(ContentSnapshot snapshot, FetchSelector fetch, bool media, CachedNode? startItem)
    {
        var tree = media ? snapshot.Media : snapshot.Documents;
        if (fetch.Kind == FetchKind.All)
        {
            return startItem is not null && !media ? startItem.Descendants() : tree.InTreeOrder;
        }

        if (media && fetch.Kind == FetchKind.Children && RoutePaths.Normalize(fetch.Target) == "/" && !Guid.TryParse(fetch.Target, out _))
        {
            return tree.Roots;
        }

        var target = fetch.Target.Length == 0 ? null
            : media ? ContentRouter.FindMedia(snapshot, fetch.Target)
            : ContentRouter.FindDocument(snapshot, fetch.Target, startItem);
        if (target is null)
        {
            return [];
        }

        return fetch.Kind switch
        {
            FetchKind.Ancestors => target.Ancestors().Reverse(),
            FetchKind.Children => target.Children,
            _ => target.Descendants(),
        };
    }
}
