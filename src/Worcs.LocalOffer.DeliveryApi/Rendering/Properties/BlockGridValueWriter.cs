using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Block grid, as Umbraco 17's <c>ApiBlockGridModel</c>: <c>{"gridColumns":12,"items":[{"rowSpan","columnSpan",
/// "areaGridColumns","areas":[{"alias","rowSpan","columnSpan","items"}],"content","settings"}]}</c>. A stored grid without
/// blocks is <c>{"gridColumns":12,"items":[]}</c>; nothing stored is <c>null</c>, as for any property without a value. Blocks whose element type the data type does not list are left
/// out, settings of another type than configured are null, and areas the block type does not have are left out.
/// </summary>
internal sealed class BlockGridValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.BlockGrid];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        if (!StoredJson.TryParse(value, out var node) || node is not JsonObject json || BlockData.Read(json, PropertyEditorAliases.BlockGrid) is not { IsEmpty: false } blocks)
        {
            writer.WriteNumber("gridColumns", BlockGridConfiguration.DefaultGridColumns);
            writer.WritePropertyName("items");
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        else
        {
            var grid = new Grid(BlockGridConfiguration.Parse(context.Property.ConfigurationJson), blocks, context);
            writer.WriteNumber("gridColumns", grid.Configuration.GridColumns);
            writer.WritePropertyName("items");
            grid.WriteItems(writer, BlockData.LayoutEntries(json, PropertyEditorAliases.BlockGrid));
        }

        writer.WriteEndObject();
    }

    private sealed class Grid(BlockGridConfiguration configuration, BlockData blocks, PropertyValueContext context)
    {
        public BlockGridConfiguration Configuration => configuration;

        public void WriteItems(Utf8JsonWriter writer, JsonArray entries)
        {
            writer.WriteStartArray();
            foreach (var entry in entries.OfType<JsonObject>())
            {
                if (BlockData.ContentKeyOf(entry) is { } contentKey
                    && blocks.Content(contentKey) is { } content
                    && BlockItemsWriter.ElementType(content, context) is { } contentType
                    && configuration.Blocks.TryGetValue(content.ContentTypeKey, out var blockType))
                {
                    WriteItem(writer, entry, content, contentType, blockType);
                }
            }

            writer.WriteEndArray();
        }

        private void WriteItem(Utf8JsonWriter writer, JsonObject entry, BlockElement content, Cache.CachedType contentType, BlockGridBlockType blockType)
        {
            var areaGridColumns = blockType.AreaGridColumns ?? configuration.GridColumns;
            writer.WriteStartObject();
            writer.WriteNumber("rowSpan", IntOf(BlockData.Field(entry, "rowSpan")) ?? 1);
            writer.WriteNumber("columnSpan", IntOf(BlockData.Field(entry, "columnSpan")) ?? configuration.GridColumns);
            writer.WriteNumber("areaGridColumns", areaGridColumns);
            writer.WritePropertyName("areas");
            writer.WriteStartArray();
            foreach (var area in (BlockData.Field(entry, "areas") as JsonArray ?? []).OfType<JsonObject>())
            {
                if (StoredJson.Guid(BlockData.Field(area, "key")) is { } key && blockType.Areas.TryGetValue(key, out var areaType))
                {
                    writer.WriteStartObject();
                    writer.WriteString("alias", areaType.Alias);
                    writer.WriteNumber("rowSpan", areaType.RowSpan ?? 1);
                    writer.WriteNumber("columnSpan", areaType.ColumnSpan ?? areaGridColumns);
                    writer.WritePropertyName("items");
                    WriteItems(writer, BlockData.Field(area, "items") as JsonArray ?? []);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            var settings = blocks.Settings(BlockData.SettingsKeyOf(entry));
            var configuredSettings = settings is not null && settings.ContentTypeKey == blockType.SettingsElementTypeKey ? settings : null;
            BlockItemsWriter.WriteContentAndSettings(writer, contentType, content, configuredSettings, context);
            writer.WriteEndObject();
        }

        private static int? IntOf(JsonNode? node) =>
            node is JsonValue number && number.TryGetValue<int>(out var value) ? value
            : int.TryParse(StoredJson.String(node), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : null;
    }
}
