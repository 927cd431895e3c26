using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Labels, typed by their <c>umbracoDataValueType</c> as Umbraco's label converter types them: INT and BIGINT and
/// DECIMAL as numbers (0 when unreadable), DATE and DATETIME as a date-time (offsets taken to UTC, as on a UTC
/// server; <c>0001-01-01T00:00:00</c> when unreadable), TIME as <c>10:30:00</c>, the rest as text; null when empty.
/// </summary>
internal sealed class LabelValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.Label];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        var text = value.Trim();
        switch (DataTypeSettings.Text(context, LabelValueType.ConfigurationKey))
        {
            case LabelValueType.Date or LabelValueType.DateTime:
                WriteDateTime(writer, text);
                break;
            case LabelValueType.Time:
                JsonSerializer.Serialize(writer, LabelValueType.TryReadTime(text, out var time) ? time : TimeSpan.Zero);
                break;
            case LabelValueType.Decimal:
                writer.WriteNumberValue(decimal.TryParse(text, NumberStyles.Any, CultureInfo.InvariantCulture, out var number) ? number : 0m);
                break;
            case LabelValueType.Integer:
                writer.WriteNumberValue(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : 0);
                break;
            case LabelValueType.BigInteger:
                writer.WriteNumberValue(long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big) ? big : 0L);
                break;
            default:
                writer.WriteStringValue(value);
                break;
        }
    }

    private static void WriteDateTime(Utf8JsonWriter writer, string text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            writer.WriteStringValue(DateTime.MinValue);
        }
        else if (dateTime.Kind == DateTimeKind.Unspecified)
        {
            writer.WriteStringValue(dateTime);
        }
        else
        {
            // The text carried an offset; Umbraco converts it to the server's time, which we take to be UTC.
            writer.WriteStringValue(new DateTimeOffset(dateTime.ToUniversalTime(), TimeSpan.Zero));
        }
    }
}
