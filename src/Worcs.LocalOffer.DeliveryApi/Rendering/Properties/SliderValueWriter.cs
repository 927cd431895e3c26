using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Slider, as Umbraco's converter gives it: a number (the start of a stored range; 0 when unreadable), or with
/// <c>enableRange</c> <c>{"minimum":5,"maximum":10}</c> (a single stored number is both ends); null when empty.
/// </summary>
internal sealed class SliderValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.Slider];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        var parts = value.Split(',');
        var hasFrom = TryParse(parts[0], out var from);
        if (!DataTypeSettings.Flag(context, "enableRange"))
        {
            writer.WriteNumberValue(hasFrom ? from : 0m);
            return;
        }

        var to = from;
        var valid = hasFrom && (parts.Length == 1 || (parts.Length == 2 && TryParse(parts[1], out to)));
        writer.WriteStartObject();
        writer.WriteNumber("minimum", valid ? from : 0m);
        writer.WriteNumber("maximum", valid ? to : 0m);
        writer.WriteEndObject();
    }

    private static bool TryParse(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
}
