using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Runs every value inside a block value (content and settings, every culture) through its element type's
/// editor before storage, so that rich text nested in blocks is sanitised like top-level rich text.
/// </summary>
internal static class BlockValuePreparer
{
    /// <summary>Prepares the values in place; returns true when any of them changed.</summary>
    public static bool Prepare(JsonObject value, PropertyEditorContext context)
    {
        var changed = false;
        foreach (var field in new[] { "contentData", "settingsData" })
        {
            foreach (var item in (value[field] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (JsonValues.AsGuid(item["contentTypeKey"]) is { } typeKey && item["values"] is JsonArray values)
                {
                    changed |= PrepareValues(typeKey, values, context);
                }
            }
        }

        return changed;
    }

    private static bool PrepareValues(Guid typeKey, JsonArray values, PropertyEditorContext context)
    {
        var changed = false;
        foreach (var entry in values.OfType<JsonObject>())
        {
            if (!JsonValues.TryGetOptionalString(entry["alias"], out var alias) || alias is null)
            {
                continue;
            }

            var original = JsonValues.ToElementValue(entry["value"]);
            var prepared = context.Elements.PrepareElement(typeKey, new Dictionary<string, string?> { [alias] = original }, context.Path, context.Mode);
            if (prepared.TryGetValue(alias, out var stored) && !string.Equals(stored, original, StringComparison.Ordinal))
            {
                entry["value"] = ToNode(entry["value"], stored);
                changed = true;
            }
        }

        return changed;
    }

    private static JsonNode? ToNode(JsonNode? original, string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        if (original?.GetValueKind() == JsonValueKind.String)
        {
            return JsonValue.Create(stored);
        }

        return JsonValues.TryParse(stored, out var node, out _) ? node : JsonValue.Create(stored);
    }
}
