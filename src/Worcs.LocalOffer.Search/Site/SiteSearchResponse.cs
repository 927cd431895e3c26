namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// A page of results. <see cref="DidYouMean"/> is a respelling of the query from the index's own words, offered when
/// a word is not in the index. <see cref="Relaxed"/> is true when no item had every word, so items with some are shown.
/// </summary>
public sealed record SiteSearchResponse(
    string Query,
    long Total,
    IReadOnlyList<SiteSearchHit> Items,
    SiteSearchFacets Facets,
    string? DidYouMean,
    bool Relaxed);
