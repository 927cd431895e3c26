using System.Globalization;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Reads a filter value as its field's kind; null when it is not one.</summary>
internal static class FilterValues
{
    public static object? Parse(FieldKind kind, string raw) => kind switch
    {
        FieldKind.Number => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
        FieldKind.Date => DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
        FieldKind.Boolean => raw.ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        },
        FieldKind.Text or FieldKind.List => raw,
    };

    public static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Number => "number",
        FieldKind.Date => "date (such as 2019-08-01 or 2019-08-01T09:00:00Z)",
        FieldKind.Boolean => "true or false",
        FieldKind.Text or FieldKind.List => "text",
    };
}
