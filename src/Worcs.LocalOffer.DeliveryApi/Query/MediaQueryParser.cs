using Microsoft.Extensions.Primitives;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// Parses the <c>/media</c> query, which accepts only what Umbraco's media query does: <c>fetch=children:</c> and an id
/// or a path of names (<c>/</c> for the root), which is required; filters <c>mediaType:</c> (exact) and <c>name:</c>
/// (contains); sorts on <c>createDate</c>, <c>updateDate</c>, <c>name</c> and <c>sortOrder</c>.
/// </summary>
public static class MediaQueryParser
{
    private static readonly string[] Filters = ["mediaType", "name"];
    private static readonly string[] Sorts = ["createDate", "updateDate", "name", "sortOrder"];

    public static QueryError? TryParse(string? fetch, StringValues filters, StringValues sorts, string? skip, string? take, ContentSnapshot snapshot, DeliveryApiExtensionSettings settings, out ContentQuery? query)
    {
        query = null;
        const string children = "children:";
        var target = fetch?.StartsWith(children, StringComparison.OrdinalIgnoreCase) is true ? fetch[children.Length..].Trim() : "";
        if (target.Length == 0)
        {
            return new QueryError("fetch", "Selector option not found", $"The attempted 'fetch' option does not exist: '{fetch}'. Media queries need children: followed by an id or a path of names, such as children:/ for the root.");
        }

        var filterClauses = new List<FilterClause>();
        foreach (var filter in filters.Where(text => !string.IsNullOrEmpty(text)))
        {
            var match = ContentQueryParser.FilterPattern().Match(filter!);
            var name = Filters.FirstOrDefault(known => known.Equals(match.Groups["field"].Value, StringComparison.OrdinalIgnoreCase));
            if (!match.Success || name is null || match.Groups["op"].Value != ":")
            {
                return ContentQueryParser.FilterNotFound(filter!, "Media queries filter only on mediaType:{alias} and name:{text}.");
            }

            var field = QueryFields.BuiltIn(name, media: true)!;
            filterClauses.Add(new FilterClause(field, FilterOperator.Is, [match.Groups["value"].Value.Trim()]));
        }

        var sortClauses = new List<SortClause>();
        foreach (var sort in sorts.Where(text => !string.IsNullOrEmpty(text)))
        {
            var match = ContentQueryParser.SortPattern().Match(sort!);
            var name = Sorts.FirstOrDefault(known => known.Equals(match.Groups["field"].Value, StringComparison.OrdinalIgnoreCase));
            if (!match.Success || name is null)
            {
                return ContentQueryParser.SortNotFound(sort!, "Media queries sort only on createDate, updateDate, name and sortOrder.");
            }

            if (SortDirection.TryParse(sort!, settings.LenientQueryParsing, out var descending) is { } error)
            {
                return error;
            }

            sortClauses.Add(new SortClause(QueryFields.BuiltIn(name, media: true)!, descending));
        }

        if (ContentQueryParser.ParsePage(skip, take, out var skipCount, out var takeCount) is { } pageError)
        {
            return pageError;
        }

        query = new ContentQuery(new FetchSelector(FetchKind.Children, target), filterClauses, sortClauses, skipCount, takeCount);
        return null;
    }
}
