namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>Counts over all matches by content type, year and tag.</summary>
public sealed record FullTextFacets(
    IReadOnlyList<FullTextFacetValue> ContentTypes,
    IReadOnlyList<FullTextFacetValue> Years,
    IReadOnlyList<FullTextFacetValue> Tags);
