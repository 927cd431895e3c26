using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Colours, as Umbraco's converters give them: the colour picker as <c>{"value":"#1e90ff","label":"Blue"}</c> (plain
/// stored text becomes both value and label), the eye dropper as its hex string; null when empty.
/// </summary>
internal sealed class ColorValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.ColorPicker, PropertyEditorAliases.ColorPickerEyeDropper];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        if (string.Equals(context.Property.EditorAlias, PropertyEditorAliases.ColorPickerEyeDropper, StringComparison.OrdinalIgnoreCase))
        {
            writer.WriteStringValue(value);
            return;
        }

        var text = value.Trim();
        string? color = text;
        string? label = text;
        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            var json = StoredJson.TryParse(text, out var node) ? node as JsonObject : null;
            color = StoredJson.String(json?["value"]);
            label = StoredJson.String(json?["label"]);
        }

        writer.WriteStartObject();
        writer.WriteString("value", color);
        writer.WriteString("label", label);
        writer.WriteEndObject();
    }
}
