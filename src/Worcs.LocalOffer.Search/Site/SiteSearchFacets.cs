namespace Worcs.LocalOffer.Search.Site;

/// <summary>Counts over all matches (not just the page), most frequent first; years newest first.</summary>
public sealed record SiteSearchFacets(IReadOnlyList<FacetValue> ContentTypes, IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> Tags)
{
    public static SiteSearchFacets Empty { get; } = new([], [], []);
}
