namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>A parsed query of the <c>/content</c> or <c>/media</c> endpoint.</summary>
public sealed record ContentQuery(FetchSelector Fetch, IReadOnlyList<FilterClause> Filters, IReadOnlyList<SortClause> Sorts, int Skip, int Take);
