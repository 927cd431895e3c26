using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Text box and text area: the text, or null when empty.</summary>
internal sealed class TextValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.TextBox, PropertyEditorAliases.TextArea];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
