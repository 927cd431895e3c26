using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Entity data picker, as Umbraco 17's <c>EntityDataPickerValue</c>: <c>{"ids":[…],"dataSource":"…"}</c> with the data
/// source the data type names (<c>umbEditorDataSource</c>), or null when there is no value.
/// </summary>
internal sealed class EntityDataPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.EntityDataPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (!StoredJson.TryParse(value, out var node) || node is not JsonObject json || BlockData.Field(json, "ids") is not JsonArray ids)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("ids");
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            if (StoredJson.String(id) is { } text)
            {
                writer.WriteStringValue(text);
            }
        }

        writer.WriteEndArray();
        var configuration = StoredJson.TryParse(context.Property.ConfigurationJson, out var config) ? config as JsonObject : null;
        writer.WriteString("dataSource", StoredJson.String(configuration?["umbEditorDataSource"]) ?? "");
        writer.WriteEndObject();
    }
}
