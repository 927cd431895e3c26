using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Sync.Formats;

/// <summary>
/// JSON as uSync writes it inside CDATA: System.Text.Json defaults (indented by 2; <c>&lt;&gt;&amp;'"</c> and non-ASCII
/// escaped as <c>\u003C</c>…), with a data type's top-level configuration keys sorted.
/// </summary>
public static class SyncJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, NewLine = "\n" };

    /// <summary>A data type configuration: top-level keys sorted ordinally, nested values in their own order.</summary>
    public static string FormatConfig(JsonObject configuration)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in configuration.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            sorted[key] = value?.DeepClone();
        }

        return sorted.ToJsonString(Options);
    }

    /// <inheritdoc cref="FormatConfig(JsonObject)"/>
    public static string FormatConfig(string configurationJson) =>
        FormatConfig(JsonNode.Parse(configurationJson)?.AsObject() ?? []);

    /// <summary>A property value, keeping its key order.</summary>
    public static string Format(JsonNode? value) => value?.ToJsonString(Options) ?? "null";
}
