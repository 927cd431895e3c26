using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Writes blocks as <c>{content, settings}</c> items; blocks whose element type is unknown are left out.</summary>
internal static class BlockItemsWriter
{
    public static void WriteItems(Utf8JsonWriter writer, BlockData blocks, PropertyValueContext context)
    {
        writer.WriteStartArray();
        foreach (var (contentKey, settingsKey) in blocks.Layout)
        {
            if (blocks.Content(contentKey) is not { } content || !context.Render.Snapshot.Types.TryGetValue(content.ContentTypeKey, out var contentType))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WritePropertyName("content");
            WriteElement(writer, contentType, content, context);
            writer.WritePropertyName("settings");
            if (blocks.Settings(settingsKey) is { } settings && context.Render.Snapshot.Types.TryGetValue(settings.ContentTypeKey, out var settingsType))
            {
                WriteElement(writer, settingsType, settings, context);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteElement(Utf8JsonWriter writer, Cache.CachedType type, BlockElement element, PropertyValueContext context) =>
        context.Items.WriteElement(writer, type, element.Key, element.GetValue, context.NestedExpand, context.NestedFields, context.Depth, context.Render);
}
