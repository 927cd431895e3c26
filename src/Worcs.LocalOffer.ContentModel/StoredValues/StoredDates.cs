using System.Globalization;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.ContentModel.StoredValues;

/// <summary>Reads the date editors' stored values: <c>{"date":"…+01:00","timeZone":…}</c>, or the classic <c>2019-08-01 00:00:00</c>.</summary>
public static class StoredDates
{
    private static readonly string[] ClassicFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public static bool TryRead(string? value, out DateTimeOffset date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.StartsWith('{'))
        {
            return StoredJson.TryParse(text, out var node)
                && node is JsonObject json
                && DateTimeOffset.TryParse(StoredJson.String(json["date"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
        }

        if (DateTime.TryParseExact(text, ClassicFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var classic))
        {
            date = new DateTimeOffset(DateTime.SpecifyKind(classic, DateTimeKind.Unspecified), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    /// <summary>The calendar day a date-only value names, whatever offset it was stored with.</summary>
    public static bool TryReadDay(string? value, out DateOnly day)
    {
        day = default;
        if (!TryRead(value, out var date))
        {
            return false;
        }

        day = DateOnly.FromDateTime(date.DateTime);
        return true;
    }
}
