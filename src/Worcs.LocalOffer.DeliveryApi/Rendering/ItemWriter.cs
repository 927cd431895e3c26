using System.Text.Json;
using Worcs.LocalOffer.ContentModel.Derived;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>Writes content items, media items and block elements in Umbraco 17's Delivery API JSON.</summary>
internal sealed class ItemWriter(PropertyValueWriters writers, DerivedProperties derived)
{
    private const string UmbracoPrefix = "umbraco";

    /// <summary>A document: <c>contentType, name, createDate, updateDate, route, id, properties</c> and, at the top level, <c>cultures</c>.</summary>
    public void WriteContent(Utf8JsonWriter writer, CachedNode node, PropertySelection expand, PropertySelection fields, int depth, RenderContext context, bool topLevel)
    {
        writer.WriteStartObject();
        writer.WriteString("contentType", node.Type.Alias);
        writer.WriteString("name", node.Name);
        writer.WriteString("createDate", node.CreateDate);
        writer.WriteString("updateDate", node.UpdateDate);
        writer.WritePropertyName("route");
        WriteRoute(writer, node, null, context);
        writer.WriteString("id", node.Key);
        writer.WritePropertyName("properties");
        if (topLevel || depth <= context.Options.MaxDepth)
        {
            WriteProperties(writer, node.Type, node.GetValue, node.Key, expand, fields, depth, context, excludeSystem: false);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        if (topLevel)
        {
            writer.WritePropertyName("cultures");
            WriteCultures(writer, node, context);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Umbraco's <c>cultures</c>: for a culture-variant document, each language it is delivered in (keyed by the
    /// language's ISO code, default language first) with its route in that language; <c>{}</c> for invariant content.
    /// </summary>
    private void WriteCultures(Utf8JsonWriter writer, CachedNode node, RenderContext context)
    {
        writer.WriteStartObject();
        if (node.Variant is not null)
        {
            foreach (var language in context.Snapshot.Languages)
            {
                if (node.Version.Cultures.ContainsKey(language.IsoCode)
                    && context.Snapshot.ForCulture(language.IsoCode) is { Culture: not null } view
                    && view.Documents.Find(node.Key) is { } inCulture)
                {
                    writer.WritePropertyName(language.IsoCode);
                    WriteRoute(writer, inCulture, null, context);
                }
            }
        }

        writer.WriteEndObject();
    }

    /// <summary><c>{path, queryString, startItem{id, path}}</c>, or a preview route for content never published.</summary>
    public void WriteRoute(Utf8JsonWriter writer, CachedNode node, string? queryString, RenderContext context)
    {
        var root = node.Root;
        writer.WriteStartObject();
        writer.WriteString("path", context.Snapshot.IsPreview && !node.Node.IsPublished ? $"/preview-{node.Key:D}/" : RoutePaths.PathOf(node));
        writer.WriteString("queryString", queryString);
        writer.WritePropertyName("startItem");
        writer.WriteStartObject();
        writer.WriteString("id", root.Key);
        writer.WriteString("path", root.UrlSegment);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A media item. At the top level (the media endpoints) it has <c>path</c> and the dates first and its properties are
    /// always written; in a property its properties are written only when expanded. Without <paramref name="crops"/> it has
    /// no <c>focalPoint</c> and <c>crops</c>, as Umbraco's plain media items (tree picker media) have none.
    /// </summary>
    public void WriteMedia(Utf8JsonWriter writer, CachedNode media, MediaCrops? crops, bool topLevel, bool expanded, PropertySelection expand, PropertySelection fields, int depth, RenderContext context)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteString("path", RoutePaths.MediaPathOf(media));
            writer.WriteString("createDate", media.CreateDate);
            writer.WriteString("updateDate", media.UpdateDate);
        }

        crops?.Write(writer);
        writer.WriteString("id", media.Key);
        writer.WriteString("name", media.Name);
        writer.WriteString("mediaType", media.Type.Alias);
        writer.WriteString("url", MediaUrls.UrlOf(media) ?? "");
        writer.WriteString("extension", MediaUrls.ExtensionOf(media));
        WriteOptionalInt(writer, "width", media.GetValue("umbracoWidth"));
        WriteOptionalInt(writer, "height", media.GetValue("umbracoHeight"));
        WriteOptionalInt(writer, "bytes", media.GetValue("umbracoBytes"));
        writer.WritePropertyName("properties");
        if ((topLevel || expanded) && depth <= context.Options.MaxDepth)
        {
            WriteProperties(writer, media.Type, media.GetValue, media.Key, expand, fields, depth, context, excludeSystem: true);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>A block element: <c>{contentType, id, properties}</c>; its properties are always written.</summary>
    public void WriteElement(Utf8JsonWriter writer, CachedType type, Guid key, Func<string, string?> getValue, PropertySelection expand, PropertySelection fields, int depth, RenderContext context)
    {
        writer.WriteStartObject();
        writer.WriteString("contentType", type.Alias);
        writer.WriteString("id", key);
        writer.WritePropertyName("properties");
        WriteProperties(writer, type, getValue, key, expand, fields, depth, context, excludeSystem: false);
        writer.WriteEndObject();
    }

    public bool IsDeliverable(CachedNode node, RenderContext context) => context.Options.Delivers(node);

    private void WriteProperties(Utf8JsonWriter writer, CachedType type, Func<string, string?> getValue, Guid key, PropertySelection expand, PropertySelection fields, int depth, RenderContext context, bool excludeSystem)
    {
        writer.WriteStartObject();
        foreach (var property in type.Properties)
        {
            if ((excludeSystem && property.Alias.StartsWith(UmbracoPrefix, StringComparison.OrdinalIgnoreCase)) || !fields.Includes(property.Alias))
            {
                continue;
            }

            var nestedFields = fields.NestedFor(property.Alias);
            var valueContext = new PropertyValueContext(
                property,
                expand.Includes(property.Alias),
                expand.NestedFor(property.Alias),
                nestedFields.IsNone ? PropertySelection.Everything : nestedFields,
                depth + 1,
                context,
                this);
            writer.WritePropertyName(property.Alias);
            if (context.Track(derived.Withholds(type.Alias, property.Alias, getValue, context.Now)))
            {
                writer.WriteNullValue();
                continue;
            }

            writers.For(property.EditorAlias).Write(writer, getValue(property.Alias), valueContext);
        }

        foreach (var extra in derived.Of(type.Alias))
        {
            if (fields.Includes(extra.Alias) && !type.ByAlias.ContainsKey(extra.Alias))
            {
                writer.WritePropertyName(extra.Alias);
                DerivedValueJson.Write(writer, context.Track(extra.ValueOf(getValue, context.Now)));
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteOptionalInt(Utf8JsonWriter writer, string name, string? value)
    {
        if (long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
