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
        foreach (var entry in LayoutEntries(value, layoutAlias).OfType<JsonObject>())
        {
            if (ContentKeyOf(entry) is { } contentKey)
            {
                layout.Add((contentKey, SettingsKeyOf(entry)));
            }
        }

        var data = new BlockData(layout);
        Collect(Field(value, "contentData"), data._content);
        Collect(Field(value, "settingsData"), data._settings);
        return data;
    }

    /// <summary>True when the value has no content items, which Umbraco treats as an empty block value.</summary>
    public bool IsEmpty => _content.Count == 0;

    /// <summary>The layout's entries for the editor; "layout" is matched in any case, as some uSync exports write "Layout".</summary>
    public static JsonArray LayoutEntries(JsonObject value, string layoutAlias) =>
        Field(value, "layout") is JsonObject layouts && Field(layouts, layoutAlias) is JsonArray entries ? entries : [];

    /// <summary>A layout entry's content key, from <c>contentKey</c> or the older <c>contentUdi</c>.</summary>
    public static Guid? ContentKeyOf(JsonObject entry) => KeyOf(entry, "contentKey", "contentUdi");

    /// <summary>A layout entry's settings key, from <c>settingsKey</c> or the older <c>settingsUdi</c>.</summary>
    public static Guid? SettingsKeyOf(JsonObject entry) => KeyOf(entry, "settingsKey", "settingsUdi");

    /// <summary>The named member, matched exactly first and then in any case.</summary>
    public static JsonNode? Field(JsonObject json, string name) =>
        json.TryGetPropertyValue(name, out var node)
            ? node
            : json.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

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
