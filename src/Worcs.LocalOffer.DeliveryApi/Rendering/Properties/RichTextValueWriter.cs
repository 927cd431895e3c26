using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Rich text in either Umbraco output mode: HTML <c>{markup, blocks}</c> with local links resolved to routes, or (with
/// <c>RichTextOutputAsJson</c>) the element tree <c>{tag:"#root", attributes, elements, blocks}</c>.
/// </summary>
internal sealed class RichTextValueWriter : IPropertyValueWriter
{

    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.RichText];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        var (markup, blocks) = Read(value);
        var asJson = context.Render.Options.RichTextOutputAsJson;
        if (string.IsNullOrWhiteSpace(markup) && (blocks is null || BlockData.Read(blocks, PropertyEditorAliases.RichText).Layout.Count == 0))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        if (asJson)
        {
            RichTextJsonTree.WriteRootContent(writer, Parse(markup), context);
        }
        else if (NeedsResolving(markup))
        {
            var body = Parse(markup);
            RichTextMarkup.Resolve(body, context);
            writer.WriteString("markup", body.InnerHtml);
        }
        else
        {
            // Nothing to resolve: the stored (already sanitised) markup goes out exactly as saved.
            writer.WriteString("markup", markup);
        }

        writer.WritePropertyName("blocks");
        if (blocks is not null)
        {
            BlockItemsWriter.WriteItems(writer, BlockData.Read(blocks, PropertyEditorAliases.RichText), context);
        }
        else
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static AngleSharp.Dom.IElement Parse(string markup) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + markup + "</body></html>").Body!;

    private static bool NeedsResolving(string markup) =>
        markup.Contains("localLink", StringComparison.OrdinalIgnoreCase)
        || markup.Contains("data-udi", StringComparison.OrdinalIgnoreCase)
        || markup.Contains("umb-rte-block", StringComparison.OrdinalIgnoreCase);

    /// <summary>Umbraco 17 stores <c>{"markup","blocks"}</c>; older values are plain HTML.</summary>
    private static (string Markup, JsonObject? Blocks) Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ("", null);
        }

        if (value.TrimStart().StartsWith('{') && StoredJson.TryParse(value, out var node) && node is JsonObject json)
        {
            return (StoredJson.String(json["markup"]) ?? "", json["blocks"] as JsonObject);
        }

        return (value, null);
    }
}
