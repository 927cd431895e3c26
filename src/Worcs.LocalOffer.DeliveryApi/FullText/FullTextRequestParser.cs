using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>
/// Reads the parameters of a <c>q</c> search in the Delivery API's syntax: <c>filter=contentType:a,b</c> (or <c>:!</c>),
/// <c>filter=tag:a,b</c>, <c>filter=year:2019</c>, one <c>sort</c>, <c>skip</c> and <c>take</c>. The content types an
/// item may have are narrowed to those the Delivery API delivers, so hidden types never count or show.
/// </summary>
public static partial class FullTextRequestParser
{
    /// <summary>The largest search page, which the search layer enforces too.</summary>
    public const int MaxTake = 100;

    public static QueryError? TryParse(
        string text,
        string? fetch,
        StringValues filters,
        StringValues sorts,
        string? skip,
        string? take,
        ContentSnapshot snapshot,
        Func<string, bool> deliveredType,
        out FullTextQuery? query,
        out bool matchesNothing)
    {
        query = null;
        matchesNothing = false;
        if (!string.IsNullOrEmpty(fetch))
        {
            return new QueryError("fetch", "Invalid fetch", "fetch cannot be combined with q; a search covers all delivered content (under the Start-Item, if given).");
        }

        var allTypes = snapshot.DocumentTypesByAlias.Values.Select(type => type.Alias).Where(deliveredType).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var types = new HashSet<string>(allTypes, StringComparer.OrdinalIgnoreCase);
        var tags = new List<string>();
        int? year = null;
        foreach (var filter in filters.Where(value => !string.IsNullOrEmpty(value)))
        {
            var match = FilterPattern().Match(filter!);
            if (!match.Success)
            {
                return new QueryError("filter", "Filter option not found", $"'{filter}' cannot be combined with q; a search filters on contentType:, tag: and year:, such as filter=contentType:newsArticle.");
            }

            var values = match.Groups["value"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (values.Length == 0)
            {
                return new QueryError("filter", "Invalid filter", $"'{filter}' has no value after the operator.");
            }

            var negated = match.Groups["op"].Value == ":!";
            switch (match.Groups["field"].Value.ToLowerInvariant())
            {
                case "contenttype" when negated:
                    types.ExceptWith(values);
                    break;
                case "contenttype":
                    types.IntersectWith(values);
                    break;
                case "tag" when !negated:
                    tags.AddRange(values);
                    break;
                case "year" when !negated && values.Length == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && (year is null || year == parsed):
                    year = parsed;
                    break;
                default:
                    return new QueryError("filter", "Invalid filter", $"'{filter}': with q, tag: takes ':' and values separated by commas, and year: takes ':' and one year such as year:2019.");
            }
        }

        if (tags.Count > 0 && filters.Count(value => value?.StartsWith("tag", StringComparison.OrdinalIgnoreCase) == true) > 1)
        {
            return new QueryError("filter", "Invalid filter", "With q, give tags in one filter, separated by commas (tag:a,b matches either).");
        }

        var sortValues = sorts.Where(value => !string.IsNullOrEmpty(value)).ToList();
        if (sortValues.Count > 1)
        {
            return new QueryError("sort", "Invalid sort", "With q, give one sort: relevance (the default), name:asc|desc, updateDate:asc|desc or publishDate:asc|desc.");
        }

        if (ContentQueryParser.ParsePage(skip, take, out var skipCount, out var takeCount) is { } pageError)
        {
            return pageError;
        }

        if (takeCount > MaxTake)
        {
            return new QueryError("take", "Invalid take", $"take={takeCount} is more than a search page may hold ({MaxTake}); page through with skip.");
        }

        matchesNothing = types.Count == 0;
        var canonical = snapshot.DocumentTypesByAlias.Values.Select(type => type.Alias).Where(types.Contains).ToList();
        query = new FullTextQuery(
            text,
            types.Count == allTypes.Count && allTypes.Count == snapshot.DocumentTypesByAlias.Count ? [] : canonical,
            tags,
            year,
            sortValues.Count == 1 ? sortValues[0] : null,
            skipCount,
            takeCount);
        return null;
    }

    [GeneratedRegex("^(?<field>contentType|tag|year)(?<op>:!|:)(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FilterPattern();
}
