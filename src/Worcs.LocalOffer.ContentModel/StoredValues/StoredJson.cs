using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.ContentModel.StoredValues;

/// <summary>Reads stored JSON values, treating anything unreadable as empty.</summary>
public static class StoredJson
{
    public static bool TryParse(string? value, [NotNullWhen(true)] out JsonNode? node)
    {
        node = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            node = JsonNode.Parse(value);
            return node is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static Guid? Guid(JsonNode? node) =>
        System.Guid.TryParse(String(node), out var guid) ? guid : null;

    /// <summary>A nested value as its editor stores it: strings as text, other JSON as JSON text.</summary>
    public static string? AsStoredValue(JsonNode? node) =>
        node is null || node.GetValueKind() == JsonValueKind.Null ? null
        : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>()
        : node.ToJsonString();
}
