using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Small helpers for the JSON that structured editors store and for data type configuration.</summary>
internal static class JsonValues
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    // Umbraco writes block values with "layout" in the database but "Layout" in some uSync exports; both must read alike.
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    // Stored values are data, not script: keeping '<', '+' and non-ASCII text unescaped keeps uSync files and
    // dates such as "+01:00" readable. Rich text is sanitised before it gets here.
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says where the JSON breaks.</summary>
    public static bool TryParse(string text, out JsonNode? node, [NotNullWhen(false)] out string? error)
    {
        try
        {
            node = JsonNode.Parse(text, NodeOptions, ParseOptions);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            node = null;
            var position = exception.BytePositionInLine is { } column
                ? $" (line {(exception.LineNumber ?? 0) + 1}, position {column + 1})"
                : "";
            error = $"is not valid JSON{position}";
            return false;
        }
    }

    /// <summary>Describes the JSON kind of <paramref name="node"/> for messages, e.g. "a string".</summary>
    public static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "an unknown JSON value",
    };

    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    /// <summary>True when <paramref name="node"/> is null or a JSON string.</summary>
    public static bool TryGetOptionalString(JsonNode? node, out string? value)
    {
        value = null;
        if (IsNull(node))
        {
            return true;
        }

        if (node!.GetValueKind() == JsonValueKind.String)
        {
            value = node.GetValue<string>();
            return true;
        }

        return false;
    }

    /// <summary>A JSON number, or a string holding an invariant number; null otherwise.</summary>
    public static decimal? AsDecimal(JsonNode? node)
    {
        switch (node?.GetValueKind())
        {
            case JsonValueKind.Number:
                return node.AsValue().TryGetValue(out decimal number) ? number : null;
            case JsonValueKind.String:
                return decimal.TryParse(node.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A configured number; null when the key is missing, null, blank or not a number.</summary>
    public static decimal? GetDecimal(JsonObject? configuration, string key) =>
        configuration is not null && configuration.TryGetPropertyValue(key, out var node) ? AsDecimal(node) : null;

    /// <summary>A configured whole number; null when missing or not a whole number.</summary>
    public static int? GetInt(JsonObject? configuration, string key) =>
        GetDecimal(configuration, key) is { } number && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : null;

    /// <summary>A configured flag: true/false, "true"/"false", "1"/"0" or 1/0; <paramref name="fallback"/> otherwise.</summary>
    public static bool GetBool(JsonObject? configuration, string key, bool fallback)
    {
        if (configuration is null || !configuration.TryGetPropertyValue(key, out var node) || node is null)
        {
            return fallback;
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => AsDecimal(node) is { } number ? number != 0 : fallback,
            JsonValueKind.String => node.GetValue<string>().Trim().ToUpperInvariant() switch
            {
                "TRUE" or "1" => true,
                "FALSE" or "0" => false,
                _ => fallback,
            },
            _ => fallback,
        };
    }

    /// <summary>A configured string; null when missing, null or not a string.</summary>
    public static string? GetString(JsonObject? configuration, string key) =>
        configuration is not null
        && configuration.TryGetPropertyValue(key, out var node)
        && TryGetOptionalString(node, out var value)
            ? value
            : null;

    /// <summary>A configured object; null when missing or not an object.</summary>
    public static JsonObject? GetObject(JsonObject? configuration, string key) =>
        configuration is not null && configuration.TryGetPropertyValue(key, out var node) ? node as JsonObject : null;

    /// <summary>A configured array; null when missing or not an array.</summary>
    public static JsonArray? GetArray(JsonObject? configuration, string key) =>
        configuration is not null && configuration.TryGetPropertyValue(key, out var node) ? node as JsonArray : null;

    /// <summary>A GUID held in a JSON string, or null.</summary>
    public static Guid? AsGuid(JsonNode? node) =>
        TryGetOptionalString(node, out var text) && Guid.TryParse(text, out var guid) ? guid : null;

    /// <summary>How a nested element value is handed on: strings as their text, null as null, other JSON as its text.</summary>
    public static string? ToElementValue(JsonNode? node) =>
        IsNull(node) ? null
        : node!.GetValueKind() == JsonValueKind.String ? node.GetValue<string>()
        : Serialize(node);

    /// <summary>Compact JSON, as written for converted or sanitised values.</summary>
    public static string Serialize(JsonNode? node) => node?.ToJsonString(WriteOptions) ?? "null";
}
