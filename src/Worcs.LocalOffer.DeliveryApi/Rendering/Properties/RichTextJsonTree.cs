using System.Text.Json;
using AngleSharp.Dom;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// The JSON output mode: <c>{tag, attributes, elements}</c> per element and <c>{text, tag:"#text"}</c> per text node;
/// comments and whitespace-only text are dropped, <c>data-</c> prefixes removed and local links given a <c>route</c>.
/// </summary>
internal static class RichTextJsonTree
{
    public static void WriteRootContent(Utf8JsonWriter writer, IElement body, PropertyValueContext context)
    {
        writer.WriteString("tag", "#root");
        writer.WritePropertyName("attributes");
        writer.WriteStartObject();
        writer.WriteEndObject();
        WriteChildren(writer, body, context);
    }

    private static void WriteChildren(Utf8JsonWriter writer, INode parent, PropertyValueContext context)
    {
        writer.WritePropertyName("elements");
        writer.WriteStartArray();
        foreach (var child in parent.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                writer.WriteStartObject();
                writer.WriteString("text", text.Data);
                writer.WriteString("tag", "#text");
                writer.WriteEndObject();
            }
            else if (child is IElement element)
            {
                WriteElement(writer, element, context);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter writer, IElement element, PropertyValueContext context)
    {
        var tag = element.LocalName;
        writer.WriteStartObject();
        writer.WriteString("tag", tag);
        writer.WritePropertyName("attributes");
        writer.WriteStartObject();
        LocalLinks.Target? target = null;
        var isLocalLink = tag == "a" && LocalLinks.TryResolve(element.GetAttribute("href"), element.GetAttribute("type"), context.Render, context.Items, out target);
        var media = tag == "img" ? LocalLinks.ImageMedia(element.GetAttribute("data-udi"), context.Render) : null;
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if ((isLocalLink && name is "href" or "type") || (tag == "img" && name is "data-udi" or "data-caption") || (media is not null && name == "src"))
            {
                continue;
            }

            if (name == "data-content-key")
            {
                name = "content-id";
            }
            else if (name.StartsWith("data-", StringComparison.Ordinal))
            {
                name = name["data-".Length..];
            }

            writer.WriteString(name, attribute.Value);
        }

        if (isLocalLink && target is not null)
        {
            if (target.IsMedia)
            {
                writer.WriteString("href", MediaUrls.UrlOf(target.Node) + target.QueryString);
            }
            else
            {
                writer.WritePropertyName("route");
                context.Items.WriteRoute(writer, target.Node, target.QueryString, context.Render);
            }
        }

        if (media is not null)
        {
            writer.WriteString("src", MediaUrls.UrlOf(media));
        }

        writer.WriteEndObject();
        if (tag is "umb-rte-block" or "umb-rte-block-inline")
        {
            writer.WritePropertyName("elements");
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        else
        {
            WriteChildren(writer, element, context);
        }

        writer.WriteEndObject();
    }
}
