using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Integer and decimal: a JSON number, or null when empty.</summary>
internal sealed class NumberValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.Integer, PropertyEditorAliases.Decimal];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (TryRead(value, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static bool TryRead(string? value, out decimal number) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);
}
