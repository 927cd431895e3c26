using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>True/false: <c>true</c> or <c>false</c>; null when never set, as in Umbraco (a property with no value).</summary>
internal sealed class TrueFalseValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.TrueFalse];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteBooleanValue(IsTrue(value));
        }
    }

    public static bool IsTrue(string? value) =>
        value?.Trim() is "1" || string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
