using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Block list: <c>{"items":[{"content":{contentType,id,properties},"settings":…}]}</c>, or null when empty.</summary>
internal sealed class BlockListValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.BlockList];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (!StoredJson.TryParse(value, out var node) || node is not JsonObject json)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("items");
        BlockItemsWriter.WriteItems(writer, BlockData.Read(json, PropertyEditorAliases.BlockList), context);
        writer.WriteEndObject();
    }
}
