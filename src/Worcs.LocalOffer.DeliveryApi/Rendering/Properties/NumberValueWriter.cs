using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Integer and decimal: a JSON number, or null when empty.</summary>
internal sealed class NumberValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.Integer, PropertyEditorAliases.Decimal];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (StoredNumbers.TryRead(value, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
