namespace Worcs.LocalOffer.Search.Site;

public sealed record FacetValue(string Value, int Count);
