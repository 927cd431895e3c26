using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// The two date storage formats: the classic Umbraco.DateTime text (<c>2019-08-01 00:00:00</c>) and the
/// Umbraco 16+ JSON (<c>{"date":"2025-01-02T10:00:00+01:00","timeZone":"Europe/London"}</c>).
/// </summary>
internal static class DateTimeValues
{
    public const string ClassicExample = "2019-08-01 00:00:00";

    public const string JsonExample = """{"date":"2025-01-02T10:00:00+01:00","timeZone":"Europe/London"}""";

    private static readonly string[] ClassicFormats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    public static bool TryParseClassic(string value, out DateTime dateTime) =>
        DateTime.TryParseExact(value, ClassicFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out dateTime);

    public static string FormatClassic(DateTime dateTime) =>
        dateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Reads the JSON form. A null <paramref name="date"/> with no error means the value holds no date.</summary>
    public static bool TryReadJson(string value, out DateTimeOffset? date, out string? timeZone, out string? error)
    {
        date = null;
        timeZone = null;
        if (!JsonValues.TryParse(value, out var node, out error))
        {
            error = $"The date {error}; expected JSON like {JsonExample}.";
            return false;
        }

        if (JsonValues.IsNull(node))
        {
            return true;
        }

        if (node is not JsonObject json)
        {
            error = $"The date is {JsonValues.Describe(node)}; expected a JSON object like {JsonExample}.";
            return false;
        }

        if (!JsonValues.TryGetOptionalString(json["date"], out var dateText))
        {
            error = $"The 'date' field is {JsonValues.Describe(json["date"])}; expected a date string like \"2025-01-02T10:00:00+01:00\".";
            return false;
        }

        if (!JsonValues.TryGetOptionalString(json["timeZone"], out timeZone))
        {
            error = $"The 'timeZone' field is {JsonValues.Describe(json["timeZone"])}; expected null or a time zone name such as \"Europe/London\".";
            return false;
        }

        if (string.IsNullOrWhiteSpace(dateText))
        {
            return true;
        }

        if (!DateTimeOffset.TryParseExact(dateText, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            error = $"The 'date' field {ValueText.Quote(dateText)} is not a valid date and time; expected ISO 8601 like \"2025-01-02T10:00:00+01:00\".";
            return false;
        }

        if (timeZone is not null && !IsKnownTimeZone(timeZone))
        {
            error = $"The time zone {ValueText.Quote(timeZone)} is not a known IANA time zone such as \"Europe/London\".";
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary>True when the stored JSON holds no date (blank, <c>null</c>, or a null/blank <c>date</c> field).</summary>
    public static bool IsEmptyJson(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!JsonValues.TryParse(value, out var node, out _))
        {
            return false;
        }

        return JsonValues.IsNull(node)
            || (node is JsonObject json
                && JsonValues.TryGetOptionalString(json["date"], out var date)
                && string.IsNullOrWhiteSpace(date));
    }

    public static string WriteJson(DateTimeOffset date, string? timeZone) =>
        JsonValues.Serialize(new JsonObject
        {
            ["date"] = date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["timeZone"] = timeZone,
        });

    /// <summary>True for IANA zone names; Windows names such as "GMT Standard Time" are refused on every platform.</summary>
    public static bool IsKnownTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && (zone.HasIanaId || TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _));

    /// <summary>The zones a <c>timeZones</c> configuration allows, or null when any zone is allowed.</summary>
    public static IReadOnlyList<string>? AllowedTimeZones(JsonObject configuration)
    {
        var settings = JsonValues.GetObject(configuration, "timeZones");
        if (!string.Equals(JsonValues.GetString(settings, "mode"), "custom", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var zones = (JsonValues.GetArray(settings, "timeZones") ?? [])
            .Select(item => item?.GetValueKind() == JsonValueKind.Object ? JsonValues.GetString(item.AsObject(), "value") : JsonValues.ToElementValue(item))
            .OfType<string>()
            .Where(zone => zone.Length > 0)
            .ToList();

        // A custom mode with an empty list is a half-finished configuration; it restricts nothing.
        return zones.Count == 0 ? null : zones;
    }
}
