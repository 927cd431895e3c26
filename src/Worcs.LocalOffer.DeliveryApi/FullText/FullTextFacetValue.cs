namespace Worcs.LocalOffer.DeliveryApi.FullText;

public sealed record FullTextFacetValue(string Value, int Count);
