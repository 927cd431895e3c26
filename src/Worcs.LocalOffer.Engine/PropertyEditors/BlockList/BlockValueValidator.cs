using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Checks an Umbraco 17 block value, <c>{"layout":{alias:[…]},"contentData":[…],"settingsData":[…],"expose":[…]}</c>,
/// as stored by the block list and by rich text blocks. Blocks are numbered in layout order, the order editors see.
/// Content items that no layout entry refers to are not shown anywhere, so they are not checked.
/// </summary>
internal static class BlockValueValidator
{
    /// <summary>The number of layout entries, or 0 when there are none or the shape is wrong.</summary>
    public static int CountBlocks(JsonObject value, string layoutAlias) =>
        (value["layout"] as JsonObject)?[layoutAlias] is JsonArray entries ? entries.Count : 0;

    /// <summary>True when the layout lists no blocks. A malformed layout is not empty, so that it gets reported.</summary>
    public static bool HasNoBlocks(JsonObject value, string layoutAlias)
    {
        var layout = value["layout"];
        return JsonValues.IsNull(layout)
            || (layout is JsonObject byAlias && (JsonValues.IsNull(byAlias[layoutAlias]) || byAlias[layoutAlias] is JsonArray { Count: 0 }));
    }

    public static List<ValidationError> Validate(JsonObject value, string layoutAlias, string path, PropertyEditorContext context)
    {
        var errors = new List<ValidationError>();
        if (ReadLayout(value, layoutAlias, path, errors) is not { } entries)
        {
            return errors;
        }

        var items = ReadItems(value, path, errors);
        var allowed = AllowedBlocks(context.Configuration);
        var seen = new Dictionary<Guid, string>();
        for (var index = 0; index < entries.Count; index++)
        {
            var blockPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            CheckBlock(entries[index], blockPath, string.Create(CultureInfo.InvariantCulture, $"block {index}"), items, seen, allowed, context, errors);
        }

        return errors;
    }

    /// <summary>The layout's entries for <paramref name="layoutAlias"/> (empty when there are none), or null with an error when the shape is wrong.</summary>
    public static JsonArray? ReadLayout(JsonObject value, string layoutAlias, string path, List<ValidationError> errors)
    {
        if (!JsonValues.IsNull(value["layout"]) && value["layout"] is not JsonObject)
        {
            errors.Add(new ValidationError(path, $"The block 'layout' is {JsonValues.Describe(value["layout"])}; expected an object like {{\"{layoutAlias}\":[…]}}."));
            return null;
        }

        var layout = (value["layout"] as JsonObject)?[layoutAlias];
        if (!JsonValues.IsNull(layout) && layout is not JsonArray)
        {
            errors.Add(new ValidationError(path, $"The block layout '{layoutAlias}' is {JsonValues.Describe(layout)}; expected an array of {{\"contentKey\":…,\"settingsKey\":…}} entries."));
            return null;
        }

        return layout as JsonArray ?? [];
    }

    /// <summary>The content and settings items by key, and a check of the <c>expose</c> list.</summary>
    public static BlockItems ReadItems(JsonObject value, string path, List<ValidationError> errors)
    {
        var items = new BlockItems(ReadItems(value, "contentData", path, errors), ReadItems(value, "settingsData", path, errors));
        CheckExpose(value, path, errors);
        return items;
    }

    /// <summary>
    /// Checks one layout entry, its content and its settings (through the element types); returns the block's content
    /// element type when the entry is readable and its type is allowed, otherwise null. <paramref name="label"/> names the
    /// block in messages about a second block reusing its content.
    /// </summary>
    public static Guid? CheckBlock(
        JsonNode? node,
        string blockPath,
        string label,
        BlockItems items,
        Dictionary<Guid, string> seen,
        Dictionary<Guid, Guid?>? allowed,
        PropertyEditorContext context,
        List<ValidationError> errors)
    {
        if (ReadLayoutEntry(node, blockPath, label, items.Contents, seen, errors) is not { } entry)
        {
            return null;
        }

        var content = items.Contents[entry.ContentKey];
        if (CheckItem(content, "content", blockPath, errors) is not { } contentType)
        {
            return null;
        }

        Guid? settingsType = null;
        if (allowed is not null && !allowed.TryGetValue(contentType, out settingsType))
        {
            errors.Add(new ValidationError(blockPath, $"The block type {contentType} is not one of the block types allowed here."));
            return null;
        }

        errors.AddRange(context.Elements.ValidateElement(contentType, ValuesOf(content, blockPath, errors), blockPath, context.Mode));
        if (entry.SettingsKey is { } settingsKey)
        {
            CheckSettings(settingsKey, items.Settings, settingsType, allowed is not null, $"{blockPath}.settings", context, errors);
        }

        return contentType;
    }

    /// <summary>The configured <c>blocks</c>: content element type to settings element type; null when none are configured.</summary>
    public static Dictionary<Guid, Guid?>? AllowedBlocks(JsonObject configuration)
    {
        var blocks = JsonValues.GetArray(configuration, "blocks");
        if (blocks is null || blocks.Count == 0)
        {
            return null;
        }

        var allowed = new Dictionary<Guid, Guid?>();
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (JsonValues.AsGuid(block["contentElementTypeKey"]) is { } contentType)
            {
                allowed[contentType] = JsonValues.AsGuid(block["settingsElementTypeKey"]);
            }
        }

        return allowed;
    }

    private static Dictionary<Guid, JsonObject> ReadItems(JsonObject value, string field, string path, List<ValidationError> errors)
    {
        var items = new Dictionary<Guid, JsonObject>();
        if (JsonValues.IsNull(value[field]))
        {
            return items;
        }

        if (value[field] is not JsonArray array)
        {
            errors.Add(new ValidationError(path, $"The block '{field}' is {JsonValues.Describe(value[field])}; expected an array."));
            return items;
        }

        for (var index = 0; index < array.Count; index++)
        {
            if (array[index] is JsonObject item && JsonValues.AsGuid(item["key"]) is { } key)
            {
                items[key] = item;
            }
            else
            {
                errors.Add(new ValidationError(path, string.Create(CultureInfo.InvariantCulture, $"Item {index} of the block '{field}' has no valid 'key'; expected an object with a GUID key.")));
            }
        }

        return items;
    }

    private static void CheckExpose(JsonObject value, string path, List<ValidationError> errors)
    {
        if (JsonValues.IsNull(value["expose"]))
        {
            return;
        }

        if (value["expose"] is not JsonArray expose || expose.Any(item => item is not JsonObject entry || JsonValues.AsGuid(entry["contentKey"]) is null))
        {
            errors.Add(new ValidationError(path, "The block 'expose' list is malformed; expected an array of {\"contentKey\":…,\"culture\":null,\"segment\":null} entries."));
        }
    }

    private static (Guid ContentKey, Guid? SettingsKey)? ReadLayoutEntry(
        JsonNode? node,
        string blockPath,
        string label,
        Dictionary<Guid, JsonObject> contents,
        Dictionary<Guid, string> seen,
        List<ValidationError> errors)
    {
        if (node is not JsonObject entry)
        {
            errors.Add(new ValidationError(blockPath, $"The block's layout entry is {JsonValues.Describe(node)}; expected {{\"contentKey\":…,\"settingsKey\":…}}."));
            return null;
        }

        if (JsonValues.AsGuid(entry["contentKey"]) is not { } contentKey)
        {
            errors.Add(new ValidationError(
                blockPath,
                entry.ContainsKey("contentUdi")
                    ? "The block uses the Umbraco 13 format (contentUdi); expected the Umbraco 17 format with a contentKey GUID."
                    : "The block's layout entry has no valid contentKey; expected the GUID of an item in contentData."));
            return null;
        }

        if (!contents.ContainsKey(contentKey))
        {
            errors.Add(new ValidationError(blockPath, $"The block refers to content {contentKey}, which is not in contentData."));
            return null;
        }

        if (!seen.TryAdd(contentKey, label))
        {
            errors.Add(new ValidationError(blockPath, $"The block refers to the same content as {seen[contentKey]}; each block needs its own content item."));
            return null;
        }

        if (!JsonValues.IsNull(entry["settingsKey"]) && JsonValues.AsGuid(entry["settingsKey"]) is null)
        {
            errors.Add(new ValidationError(blockPath, "The block's settingsKey is not a GUID; expected null or the GUID of an item in settingsData."));
            return null;
        }

        return (contentKey, JsonValues.AsGuid(entry["settingsKey"]));
    }

    /// <summary>The item's element type, or null with an error when the item is malformed.</summary>
    private static Guid? CheckItem(JsonObject item, string kind, string path, List<ValidationError> errors)
    {
        if (JsonValues.AsGuid(item["contentTypeKey"]) is not { } contentType)
        {
            errors.Add(new ValidationError(path, $"The block's {kind} has no valid contentTypeKey; expected the GUID of an element type."));
            return null;
        }

        if (!JsonValues.IsNull(item["values"]) && item["values"] is not JsonArray)
        {
            errors.Add(new ValidationError(path, $"The block's {kind} values are {JsonValues.Describe(item["values"])}; expected an array of {{\"alias\":…,\"value\":…}} entries."));
            return null;
        }

        return contentType;
    }

    private static void CheckSettings(
        Guid settingsKey,
        Dictionary<Guid, JsonObject> settings,
        Guid? expectedType,
        bool typesConfigured,
        string settingsPath,
        PropertyEditorContext context,
        List<ValidationError> errors)
    {
        if (!settings.TryGetValue(settingsKey, out var item))
        {
            errors.Add(new ValidationError(settingsPath, $"The block refers to settings {settingsKey}, which are not in settingsData."));
            return;
        }

        if (CheckItem(item, "settings", settingsPath, errors) is not { } settingsType)
        {
            return;
        }

        if (typesConfigured && settingsType != expectedType)
        {
            errors.Add(new ValidationError(
                settingsPath,
                expectedType is null
                    ? "This block type has no settings, but settings were given."
                    : $"The settings are of element type {settingsType}; this block type uses {expectedType}."));
            return;
        }

        errors.AddRange(context.Elements.ValidateElement(settingsType, ValuesOf(item, settingsPath, errors), settingsPath, context.Mode));
    }

    /// <summary>The item's values by alias, invariant values first; JSON other than strings is passed on as JSON text.</summary>
    private static Dictionary<string, string?> ValuesOf(JsonObject item, string path, List<ValidationError> errors)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var entries = (item["values"] as JsonArray ?? []).ToList();
        foreach (var node in entries.OrderBy(node => IsInvariant(node) ? 0 : 1))
        {
            if (node is not JsonObject entry
                || !JsonValues.TryGetOptionalString(entry["alias"], out var alias)
                || string.IsNullOrWhiteSpace(alias))
            {
                errors.Add(new ValidationError(path, "A block value has no alias; expected {\"alias\":…,\"value\":…} entries."));
                continue;
            }

            values.TryAdd(alias, JsonValues.ToElementValue(entry["value"]));
        }

        return values;
    }

    private static bool IsInvariant(JsonNode? node) =>
        node is JsonObject entry && JsonValues.IsNull(entry["culture"]) && JsonValues.IsNull(entry["segment"]);
}
