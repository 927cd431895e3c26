namespace Worcs.LocalOffer.Search.Site;

/// <summary>Families' site search: this project's API (the host adapts it to the Delivery API's <c>?q=</c>).</summary>
public interface ISiteSearch
{
    /// <summary>
    /// Runs the search. Any text is accepted (read as plain text; never throws for it). Throws
    /// <see cref="SearchRequestException"/> for invalid paging, sort, category or index name, and
    /// <see cref="SearchUnavailableException"/> while the index asked for has not been built yet.
    /// </summary>
    Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default);
}
