namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>One <c>filter</c> parameter: a node matches when its field matches any of <see cref="Values"/> (or, negated, none).</summary>
public sealed record FilterClause(QueryField Field, FilterOperator Operator, IReadOnlyList<object> Values);
