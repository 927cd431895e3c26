namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Whether a node passes a filter: any value matching (OR); a negated filter passes when none matches.</summary>
public static class FilterMatcher
{
    public static bool Matches(FilterClause filter, Cache.CachedNode node, DateTimeOffset now)
    {
        var nodeValues = filter.Field.ValuesOf(node, now);
        return filter.Operator switch
        {
            FilterOperator.Is => filter.Values.Any(value => nodeValues.Any(nodeValue => Equal(filter.Field, nodeValue, value))),
            FilterOperator.IsNot => !filter.Values.Any(value => nodeValues.Any(nodeValue => Equal(filter.Field, nodeValue, value))),
            _ => filter.Values.Any(value => nodeValues.Any(nodeValue => InRange(filter.Operator, SortValueComparer.CompareValues(nodeValue, value)))),
        };
    }

    private static bool Equal(QueryField field, object nodeValue, object value)
    {
        if (nodeValue is string text && value is string wanted)
        {
            return field.MatchesByContains
                ? text.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                : text.Equals(wanted, StringComparison.OrdinalIgnoreCase);
        }

        return SortValueComparer.CompareValues(nodeValue, value) == 0;
    }

    private static bool InRange(FilterOperator op, int comparison) => op switch
    {
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterThanOrEqual => comparison >= 0,
        FilterOperator.LessThan => comparison < 0,
        FilterOperator.LessThanOrEqual => comparison <= 0,
        _ => false,
    };
}
