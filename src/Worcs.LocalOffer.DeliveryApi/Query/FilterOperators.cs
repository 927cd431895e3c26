namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Umbraco's filter operators: <c>:</c>, <c>:!</c>, <c>&gt;</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>.</summary>
internal static class FilterOperators
{
    public static FilterOperator Parse(string text) => text switch
    {
        ":" => FilterOperator.Is,
        ":!" => FilterOperator.IsNot,
        ">" => FilterOperator.GreaterThan,
        ">:" => FilterOperator.GreaterThanOrEqual,
        "<" => FilterOperator.LessThan,
        _ => FilterOperator.LessThanOrEqual,
    };
}
