using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.DeliveryApi.Rendering;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// Turns snapshot nodes into response bodies. An item with the default <c>expand</c> and <c>fields</c> is rendered once
/// per snapshot and its bytes reused by item, items and query responses alike; a list's body is those bytes themselves,
/// with the brackets and commas between them, never copied into one buffer. A long page of items rendered afresh is
/// rendered item by item as it is written.
/// </summary>
internal sealed class DeliveryRenderer(ItemWriter items, IOptions<DeliveryApiSettings> settings)
{
    private static readonly byte[] OpenArray = "["u8.ToArray();
    private static readonly byte[] Comma = ","u8.ToArray();
    private static readonly byte[] CloseArray = "]"u8.ToArray();
    private static readonly byte[] CloseArrayAndObject = "]}"u8.ToArray();

    /// <summary>
    /// Pages of more items than this whose items are rendered afresh (an <c>expand</c> or <c>fields</c> other than the
    /// defaults) are rendered while they are written, so they have no entity tag; cached items are already in memory.
    /// </summary>
    private const int StreamAbove = 100;

    private readonly RenderOptions _options = new(
        settings.Value.RichTextOutputAsJson,
        DocumentTypeFilter.Create(settings.Value),
        SelectionParameters.MaxNesting + 1);

    public RenderOptions Options => _options;

    public bool IsDeliverable(CachedNode node) => _options.Delivers(node);

    public DeliveryBody Item(ContentSnapshot snapshot, CachedNode node, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now)
    {
        var rendered = Render(snapshot, node, media, expand, fields, now);
        return new DeliveryBody(rendered.Json, rendered.ETag, node.UpdateDate, rendered.ClockDependentSince is null && expand.IsNone);
    }

    public DeliveryBody List(ContentSnapshot snapshot, IReadOnlyList<CachedNode> nodes, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now) =>
        Compose(snapshot, nodes, total: null, media, expand, fields, now);

    public DeliveryBody Page(ContentSnapshot snapshot, int total, IReadOnlyList<CachedNode> nodes, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now) =>
        Compose(snapshot, nodes, total, media, expand, fields, now);

    /// <summary>One content item's JSON, from the per-snapshot cache when the selections are the defaults.</summary>
    public byte[] ContentJson(ContentSnapshot snapshot, CachedNode node, PropertySelection expand, PropertySelection fields, DateTimeOffset now) =>
        Render(snapshot, node, media: false, expand, fields, now).Json;

    private DeliveryBody Compose(ContentSnapshot snapshot, IReadOnlyList<CachedNode> nodes, int? total, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now)
    {
        DateTime? lastModified = nodes.Count == 0 ? null : nodes.Max(node => node.UpdateDate);
        var parts = Parts(snapshot, nodes, total, media, expand, fields, now);
        return UsesItemCache(expand, fields) || nodes.Count <= StreamAbove
            ? DeliveryBody.Buffered([.. parts], lastModified)
            : DeliveryBody.Streamed(parts, lastModified);
    }

    /// <summary>The page's parts, each item rendered (or taken from the cache) only when the enumeration reaches it.</summary>
    private IEnumerable<ReadOnlyMemory<byte>> Parts(ContentSnapshot snapshot, IReadOnlyList<CachedNode> nodes, int? total, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now)
    {
        yield return total is { } count ? Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"total\":{count},\"items\":[")) : OpenArray;
        for (var index = 0; index < nodes.Count; index++)
        {
            if (index > 0)
            {
                yield return Comma;
            }

            yield return Render(snapshot, nodes[index], media, expand, fields, now).Json;
        }

        yield return total is null ? CloseArray : CloseArrayAndObject;
    }

    private static bool UsesItemCache(PropertySelection expand, PropertySelection fields) =>
        expand.IsNone && ReferenceEquals(fields, PropertySelection.Everything);

    private RenderedItem Render(ContentSnapshot snapshot, CachedNode node, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now)
    {
        if (UsesItemCache(expand, fields))
        {
            return snapshot.GetOrRender(node.Key, now, () => RenderNow(snapshot, node, media, expand, fields, now));
        }

        return RenderNow(snapshot, node, media, expand, fields, now);
    }

    private RenderedItem RenderNow(ContentSnapshot snapshot, CachedNode node, bool media, PropertySelection expand, PropertySelection fields, DateTimeOffset now)
    {
        var context = new RenderContext(snapshot, _options, now);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, ApiJson.WriterOptions))
        {
            if (media)
            {
                items.WriteMedia(writer, node, MediaCrops.Of(node), topLevel: true, expanded: true, expand, fields, depth: 0, context);
            }
            else
            {
                items.WriteContent(writer, node, expand, fields, depth: 0, context, topLevel: true);
            }
        }

        var json = buffer.WrittenSpan.ToArray();
        return new RenderedItem(json, EntityTags.Of(json), context.ValidUntil, context.UsesClock ? now : null);
    }
}
