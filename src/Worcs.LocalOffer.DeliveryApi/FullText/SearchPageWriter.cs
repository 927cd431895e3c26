using System.Buffers;
using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Http;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.DeliveryApi.Rendering;

namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>
/// Writes a search answer: Umbraco's page (<c>total</c>, <c>items</c>) with extension members that Umbraco clients
/// ignore: <c>search</c> on each item (<c>snippet</c>, <c>foundIn</c>), and <c>facets</c>, <c>didYouMean</c> and
/// <c>relaxed</c> on the page.
/// </summary>
internal static class SearchPageWriter
{
    public static DeliveryBody Write(
        DeliveryRenderer renderer,
        ContentSnapshot snapshot,
        long total,
        IReadOnlyList<(CachedNode Node, FullTextHit Hit)> items,
        FullTextResults results,
        PropertySelection expand,
        PropertySelection fields,
        DateTimeOffset now)
    {
        var buffer = new ArrayBufferWriter<byte>(512 + (items.Count * 1536));
        using (var writer = new Utf8JsonWriter(buffer, ApiJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", total);
            writer.WriteStartArray("items");
            foreach (var (node, hit) in items)
            {
                writer.WriteRawValue(WithSearchMember(renderer.ContentJson(snapshot, node, expand, fields, now), hit), skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("facets");
            WriteFacet(writer, "contentType", results.Facets.ContentTypes);
            WriteFacet(writer, "year", results.Facets.Years);
            WriteFacet(writer, "tag", results.Facets.Tags);
            writer.WriteEndObject();
            writer.WriteString("didYouMean", results.DidYouMean);
            writer.WriteBoolean("relaxed", results.Relaxed);
            writer.WriteEndObject();
        }

        var json = buffer.WrittenSpan.ToArray();
        DateTime? lastModified = items.Count == 0 ? null : items.Max(item => item.Node.UpdateDate);
        return new DeliveryBody(json, EntityTags.Of(json), lastModified, stableOverTime: false);
    }

    /// <summary>The item's object with <c>"search": {snippet, foundIn}</c> added as its last member.</summary>
    private static byte[] WithSearchMember(byte[] itemJson, FullTextHit hit)
    {
        var end = itemJson.AsSpan().LastIndexOf((byte)'}');
        var buffer = new ArrayBufferWriter<byte>(itemJson.Length + 256);
        buffer.Write(itemJson.AsSpan(0, end));
        buffer.Write(",\"search\":"u8);
        using (var writer = new Utf8JsonWriter(buffer, ApiJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("snippet", hit.Snippet);
            writer.WriteStartArray("foundIn");
            foreach (var file in hit.FoundIn)
            {
                writer.WriteStringValue(file);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.Write("}"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteFacet(Utf8JsonWriter writer, string name, IReadOnlyList<FullTextFacetValue> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStartObject();
            writer.WriteString("value", value.Value);
            writer.WriteNumber("count", value.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
