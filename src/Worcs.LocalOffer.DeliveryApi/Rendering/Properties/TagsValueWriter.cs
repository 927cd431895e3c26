using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Tags: an array of strings, or null when there are none; stored as a JSON array or comma-separated text.</summary>
internal sealed class TagsValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.Tags];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        var tags = Read(value);
        if (tags.Count == 0)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var tag in tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
    }

    public static IReadOnlyList<string> Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        if (value.TrimStart().StartsWith('[') && StoredJson.TryParse(value, out var node) && node is JsonArray array)
        {
            return [.. array.Select(StoredJson.String).OfType<string>()];
        }

        return value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
