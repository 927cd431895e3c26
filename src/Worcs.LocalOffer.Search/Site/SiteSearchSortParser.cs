namespace Worcs.LocalOffer.Search.Site;

/// <summary>Reads the Delivery API's sort syntax (<c>name:asc</c>, <c>updateDate:desc</c>, <c>publishDate:desc</c>, <c>relevance</c>).</summary>
public static class SiteSearchSortParser
{
    public static SiteSearchSort Parse(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return SiteSearchSort.Relevance;
        }

        var parts = sort.Split(':', 2, StringSplitOptions.TrimEntries);
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        if (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase))
        {
            throw new SearchRequestException("sort", $"sort '{sort}' has direction '{parts[1]}'; use 'asc' or 'desc'.");
        }

        return parts[0].ToLowerInvariant() switch
        {
            "relevance" or "score" => SiteSearchSort.Relevance,
            "name" => descending ? SiteSearchSort.NameDescending : SiteSearchSort.NameAscending,
            "updatedate" => descending ? SiteSearchSort.UpdateDateDescending : SiteSearchSort.UpdateDateAscending,
            "publishdate" or "createdate" => descending ? SiteSearchSort.PublishDateDescending : SiteSearchSort.PublishDateAscending,
            _ => throw new SearchRequestException("sort", $"sort '{sort}' is not supported; use relevance, name:asc|desc, updateDate:asc|desc or publishDate:asc|desc."),
        };
    }
}
