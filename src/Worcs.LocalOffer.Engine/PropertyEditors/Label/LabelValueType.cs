using System.Globalization;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// The <c>umbracoDataValueType</c> of a Umbraco.Label data type, which decides what the label holds: STRING (the
/// default), TEXT, JSON, XML, INT, BIGINT, DECIMAL, DATE, DATETIME or TIME.
/// </summary>
public static class LabelValueType
{
    public const string ConfigurationKey = "umbracoDataValueType";
    public const string String = "STRING";
    public const string Text = "TEXT";
    public const string Json = "JSON";
    public const string Xml = "XML";
    public const string Integer = "INT";
    public const string BigInteger = "BIGINT";
    public const string Decimal = "DECIMAL";
    public const string Date = "DATE";
    public const string DateTime = "DATETIME";
    public const string Time = "TIME";

    /// <summary>The configured value type; STRING when it is missing or unknown, as Umbraco falls back.</summary>
    public static string Of(JsonObject? configuration) =>
        JsonValues.GetString(configuration, ConfigurationKey) is { } type
        && type is String or Text or Json or Xml or Integer or BigInteger or Decimal or Date or DateTime or Time
            ? type
            : String;

    /// <summary>Reads a stored date or date-time label, as Umbraco reads it with the invariant culture.</summary>
    public static bool TryReadDateTime(string value, out DateTime dateTime) =>
        System.DateTime.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out dateTime);

    /// <summary>Reads a stored time label: a time such as <c>10:30:00</c>, or a date-time whose time of day is kept.</summary>
    public static bool TryReadTime(string value, out TimeSpan time)
    {
        if (TimeSpan.TryParse(value.Trim(), CultureInfo.InvariantCulture, out time))
        {
            return true;
        }

        if (TryReadDateTime(value, out var dateTime))
        {
            time = dateTime.TimeOfDay;
            return true;
        }

        return false;
    }
}
