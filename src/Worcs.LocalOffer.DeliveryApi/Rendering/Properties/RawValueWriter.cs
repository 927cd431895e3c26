using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Editors without their own writer: stored JSON objects and arrays as JSON, anything else as text.</summary>
internal sealed class RawValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
        }
        else if (value.TrimStart() is ['{' or '[', ..] && StoredJson.TryParse(value, out var node))
        {
            node.WriteTo(writer);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
