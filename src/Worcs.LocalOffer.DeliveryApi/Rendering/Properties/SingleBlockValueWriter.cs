using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Single block, as Umbraco 17's <c>ApiBlockItem</c>: <c>{"content":{…},"settings":{…}|null}</c>, or null when there is
/// no block or its element type is not one the data type lists.
/// </summary>
internal sealed class SingleBlockValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.SingleBlock];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (!StoredJson.TryParse(value, out var node) || node is not JsonObject json)
        {
            writer.WriteNullValue();
            return;
        }

        var blocks = BlockData.Read(json, PropertyEditorAliases.SingleBlock);
        var configured = BlockTypes.Read(context.Property.ConfigurationJson);
        foreach (var (contentKey, settingsKey) in blocks.Layout)
        {
            if (blocks.Content(contentKey) is { } content
                && BlockItemsWriter.ElementType(content, context) is { } contentType
                && configured.TryGetValue(content.ContentTypeKey, out var settingsType))
            {
                var settings = blocks.Settings(settingsKey);
                writer.WriteStartObject();
                BlockItemsWriter.WriteContentAndSettings(writer, contentType, content, settings?.ContentTypeKey == settingsType ? settings : null, context);
                writer.WriteEndObject();
                return;
            }
        }

        writer.WriteNullValue();
    }
}
