using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>GMaps single map: the stored location object, with any API key removed so it is never published.</summary>
internal sealed class MapValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.GMapsSingle];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (!StoredJson.TryParse(value, out var node) || node is not JsonObject map)
        {
            writer.WriteNullValue();
            return;
        }

        RemoveKeys(map);
        map.WriteTo(writer);
    }

    private static void RemoveKeys(JsonNode? node)
    {
        if (node is JsonObject json)
        {
            foreach (var name in json.Select(pair => pair.Key).Where(IsKeyName).ToList())
            {
                json.Remove(name);
            }

            foreach (var (_, child) in json)
            {
                RemoveKeys(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                RemoveKeys(child);
            }
        }
    }

    private static bool IsKeyName(string name) =>
        name.Replace("_", "", StringComparison.Ordinal).Equals("apikey", StringComparison.OrdinalIgnoreCase);
}
