namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Filter operators, written <c>:</c>, <c>:!</c>, <c>&gt;</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c> as in Umbraco.</summary>
public enum FilterOperator
{
    Is,
    IsNot,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
