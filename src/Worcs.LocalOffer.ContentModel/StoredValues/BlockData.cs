using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.ContentModel.StoredValues;

/// <summary>
/// A stored block value (<c>{layout, contentData, settingsData, expose}</c>): the layout's blocks in order, each with its
/// content element and optional settings element.
/// </summary>
public sealed class BlockData
{
    private readonly Dictionary<Guid, BlockElement> _content = [];
    private readonly Dictionary<Guid, BlockElement> _settings = [];

    private BlockData(List<(Guid ContentKey, Guid? SettingsKey)> layout)
    {
        Layout = layout;
    }

    public IReadOnlyList<(Guid ContentKey, Guid? SettingsKey)> Layout { get; }

    public static BlockData Read(JsonObject value, string layoutAlias)
    {
        var layout = new List<(Guid, Guid?)>();
        if (value["layout"] is JsonObject layouts && layouts[layoutAlias] is JsonArray entries)
        {
            foreach (var entry in entries.OfType<JsonObject>())
            {
                if (KeyOf(entry, "contentKey", "contentUdi") is { } contentKey)
                {
                    layout.Add((contentKey, KeyOf(entry, "settingsKey", "settingsUdi")));
                }
            }
        }

        var data = new BlockData(layout);
        Collect(value["contentData"], data._content);
        Collect(value["settingsData"], data._settings);
        return data;
    }

    public BlockElement? Content(Guid key) => _content.GetValueOrDefault(key);

    public BlockElement? Settings(Guid? key) => key is { } settingsKey ? _settings.GetValueOrDefault(settingsKey) : null;

    private static void Collect(JsonNode? data, Dictionary<Guid, BlockElement> into)
    {
        foreach (var element in (data as JsonArray ?? []).OfType<JsonObject>())
        {
            if (KeyOf(element, "key", "udi") is { } key && StoredJson.Guid(element["contentTypeKey"]) is { } typeKey)
            {
                into[key] = new BlockElement(key, typeKey, ValuesOf(element));
            }
        }
    }

    private static Dictionary<string, string?> ValuesOf(JsonObject element)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (element["values"] is JsonArray list)
        {
            foreach (var entry in list.OfType<JsonObject>())
            {
                if (StoredJson.String(entry["alias"]) is { } alias)
                {
                    values[alias] = StoredJson.AsStoredValue(entry["value"]);
                }
            }
        }
        else
        {
            // The pre-Umbraco 14 shape kept the values as the element's own properties.
            foreach (var (alias, node) in element)
            {
                values.TryAdd(alias, StoredJson.AsStoredValue(node));
            }
        }

        return values;
    }

    private static Guid? KeyOf(JsonObject json, string keyName, string udiName) =>
        StoredJson.Guid(json[keyName]) ?? (Udi.TryParse(StoredJson.String(json[udiName]), out var udi) ? udi.Key : null);
}
