using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Multi URL picker: an array of links <c>{url, queryString, title, target, destinationId, destinationType, route,
/// linkType}</c>, or null when no link is stored; links to documents or media that are not delivered are left out.
/// </summary>
internal sealed class MultiUrlPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MultiUrlPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (!StoredJson.TryParse(value, out var node) || node is not JsonArray links || links.Count == 0)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var link in links.OfType<JsonObject>())
        {
            WriteLink(writer, link, context);
        }

        writer.WriteEndArray();
    }

    private static void WriteLink(Utf8JsonWriter writer, JsonObject link, PropertyValueContext context)
    {
        var render = context.Render;
        var title = StoredJson.String(link["name"]);
        var target = StoredJson.String(link["target"]);
        var queryString = StoredJson.String(link["queryString"]);
        if (string.IsNullOrEmpty(queryString))
        {
            queryString = null;
        }

        if (Udi.TryParse(StoredJson.String(link["udi"]), out var udi))
        {
            var isMedia = udi.EntityType == UdiEntityTypes.Media;
            var destination = isMedia ? render.Snapshot.Media.Find(udi.Key) : render.Snapshot.Documents.Find(udi.Key);
            if (destination is null || !context.Items.IsDeliverable(destination, render))
            {
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("url", isMedia ? MediaUrls.UrlOf(destination) + queryString : null);
            writer.WriteString("queryString", queryString);
            writer.WriteString("title", string.IsNullOrEmpty(title) ? destination.Name : title);
            writer.WriteString("target", string.IsNullOrEmpty(target) ? null : target);
            writer.WriteString("destinationId", destination.Key);
            writer.WriteString("destinationType", destination.Type.Alias);
            writer.WritePropertyName("route");
            if (isMedia)
            {
                writer.WriteNullValue();
            }
            else
            {
                context.Items.WriteRoute(writer, destination, null, render);
            }

            writer.WriteString("linkType", isMedia ? "Media" : "Content");
            writer.WriteEndObject();
            return;
        }

        var url = StoredJson.String(link["url"]);
        writer.WriteStartObject();
        writer.WriteString("url", url + queryString);
        writer.WriteString("queryString", queryString);
        writer.WriteString("title", title);
        writer.WriteString("target", string.IsNullOrEmpty(target) ? null : target);
        writer.WriteNull("destinationId");
        writer.WriteNull("destinationType");
        writer.WriteNull("route");
        writer.WriteString("linkType", "External");
        writer.WriteEndObject();
    }
}
