using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Writes blocks as <c>{content, settings}</c> items; blocks whose element type is unknown are left out.</summary>
internal static class BlockItemsWriter
{
    public static void WriteItems(Utf8JsonWriter writer, BlockData blocks, PropertyValueContext context)
    {
        writer.WriteStartArray();
        foreach (var (contentKey, settingsKey) in blocks.Layout)
        {
            if (blocks.Content(contentKey) is not { } content || ElementType(content, context) is not { } contentType)
            {
                continue;
            }

            writer.WriteStartObject();
            WriteContentAndSettings(writer, contentType, content, blocks.Settings(settingsKey), context);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The element type of a block's content or settings, or null when the snapshot does not know it.</summary>
    public static CachedType? ElementType(BlockElement element, PropertyValueContext context) =>
        context.Render.Snapshot.Types.GetValueOrDefault(element.ContentTypeKey);

    /// <summary>Writes <c>"content":{…},"settings":{…}|null</c> inside an open block object.</summary>
    public static void WriteContentAndSettings(Utf8JsonWriter writer, CachedType contentType, BlockElement content, BlockElement? settings, PropertyValueContext context)
    {
        writer.WritePropertyName("content");
        WriteElement(writer, contentType, content, context);
        writer.WritePropertyName("settings");
        if (settings is not null && ElementType(settings, context) is { } settingsType)
        {
            WriteElement(writer, settingsType, settings, context);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static void WriteElement(Utf8JsonWriter writer, CachedType type, BlockElement element, PropertyValueContext context) =>
        context.Items.WriteElement(writer, type, element.Key, element.GetValue, context.NestedExpand, context.NestedFields, context.Depth, context.Render);
}
