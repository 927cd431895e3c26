namespace Worcs.LocalOffer.DeliveryApi.Query;

public sealed record SortClause(QueryField Field, bool Descending);
