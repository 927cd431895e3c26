namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>A page of full-text hits with counts over all matches.</summary>
/// <param name="Total">How many items match.</param>
/// <param name="Hits">The requested page of them.</param>
/// <param name="Facets">Counts over all matches.</param>
/// <param name="DidYouMean">A respelling of the text from the index's own words, or null.</param>
/// <param name="Relaxed">True when no item had every word, so items with some of them are given.</param>
public sealed record FullTextResults(
    long Total,
    IReadOnlyList<FullTextHit> Hits,
    FullTextFacets Facets,
    string? DidYouMean,
    bool Relaxed);
