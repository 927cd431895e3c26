using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// The Umbraco.Plain.* editors and the email address, as Umbraco's value-type converters give them: text as a
/// string, integers and decimals as numbers (0 when unreadable), date-times without an offset
/// (<c>0001-01-01T00:00:00</c> when unreadable), times as <c>10:30:00</c>, JSON objects and arrays as JSON (other
/// JSON as null); null when empty.
/// </summary>
internal sealed class PlainValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases =>
    [
        PropertyEditorAliases.EmailAddress, PropertyEditorAliases.PlainString, PropertyEditorAliases.PlainJson, PropertyEditorAliases.PlainInteger,
        PropertyEditorAliases.PlainDecimal, PropertyEditorAliases.PlainDateTime, PropertyEditorAliases.PlainTime,
    ];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        var text = value.Trim();
        switch (context.Property.EditorAlias)
        {
            case PropertyEditorAliases.PlainInteger:
                writer.WriteNumberValue(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : 0);
                break;
            case PropertyEditorAliases.PlainDecimal:
                writer.WriteNumberValue(decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : 0m);
                break;
            case PropertyEditorAliases.PlainDateTime:
                writer.WriteStringValue(LabelValueType.TryReadDateTime(text, out var dateTime) ? DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified) : DateTime.MinValue);
                break;
            case PropertyEditorAliases.PlainTime:
                WriteTime(writer, text);
                break;
            case PropertyEditorAliases.PlainJson:
                WriteJson(writer, text);
                break;
            default:
                writer.WriteStringValue(value);
                break;
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, string text)
    {
        if (LabelValueType.TryReadTime(text, out var time))
        {
            JsonSerializer.Serialize(writer, time);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, string text)
    {
        var looksLikeJson = (text.StartsWith('{') && text.EndsWith('}')) || (text.StartsWith('[') && text.EndsWith(']'));
        if (looksLikeJson && StoredJson.TryParse(text, out var node))
        {
            node.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
