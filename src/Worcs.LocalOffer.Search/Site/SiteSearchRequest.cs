namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// A site search: the words families typed, filters, paging and sort. The text is never rejected (it is read as plain
/// text); the other values are checked by <see cref="ISiteSearch.SearchAsync"/>, which throws
/// <see cref="SearchRequestException"/> naming the bad parameter.
/// </summary>
public sealed record SiteSearchRequest
{
    public const int MaxTake = 100;

    public string? Query { get; init; }

    /// <summary>Content type aliases; an item matches when it is any of them.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Tags; an item matches when it has any of them (case-insensitive).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public int? Year { get; init; }

    /// <summary><c>content</c> (the default), <c>media</c>, or <c>all</c>.</summary>
    public string Category { get; init; } = "content";

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    public SiteSearchSort Sort { get; init; } = SiteSearchSort.Relevance;

    public bool IncludeFacets { get; init; } = true;

    public bool IncludeSnippets { get; init; } = true;

    /// <summary>Which index to search: <c>ExternalIndex</c> (published; the default) or <c>InternalIndex</c> (drafts, for the backoffice).</summary>
    public string IndexName { get; init; } = Keeping.SearchIndexes.ExternalIndexName;
}
