using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>Reads a stored number or date as something that orders by value; other editors' values do not compare.</summary>
internal static class ComparableValues
{
    public static IComparable? Read(IPropertyEditor editor, string value) => editor switch
    {
        IntegerPropertyEditor or DecimalPropertyEditor =>
            NumberRules.TryParseDecimal(value, out var number) is null ? number : null,
        DateTimeJsonPropertyEditor =>
            DateTimeValues.TryReadJson(value, out var date, out _, out _) ? date : null,
        DateTimePropertyEditor =>
            DateTimeValues.TryParseClassic(value, out var classic) ? classic : null,
        _ => null,
    };
}
