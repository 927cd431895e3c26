using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>True/false: <c>true</c> or <c>false</c> (an unset value is false, as in Umbraco).</summary>
internal sealed class TrueFalseValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.TrueFalse];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context) =>
        writer.WriteBooleanValue(IsTrue(value));

    public static bool IsTrue(string? value) =>
        value?.Trim() is "1" || string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
