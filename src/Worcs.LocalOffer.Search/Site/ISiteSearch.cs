namespace Worcs.LocalOffer.Search.Site;

/// <summary>Families' site search, for the Delivery API's <c>?q=</c>.</summary>
public interface ISiteSearch
{
    /// <summary>
    /// Runs the search. Any text is accepted (read as plain text; never throws for it). Throws
    /// <see cref="SearchRequestException"/> for invalid paging, sort, category or index name.
    /// </summary>
    Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default);
}
