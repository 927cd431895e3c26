namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>A rendered response body with what the caching headers need.</summary>
/// <param name="Parts">The UTF-8 JSON, in parts written one after another: a list is its items' cached JSON with the
/// brackets and commas between them, so it is never copied into one buffer. A streamed body renders each part only as
/// it is written.</param>
/// <param name="ETag">The strong entity tag of the whole body, or null for a streamed body, whose bytes are not known
/// before they are sent.</param>
/// <param name="LastModified">The newest update date of the items in it, or null.</param>
/// <param name="StableOverTime">False when it holds values derived from the clock, so only its entity tag may revalidate it.</param>
/// <param name="Length">The body's length in bytes, or null for a streamed body (sent chunked).</param>
internal sealed record DeliveryBody(IEnumerable<ReadOnlyMemory<byte>> Parts, string? ETag, DateTime? LastModified, bool StableOverTime, long? Length)
{
    public DeliveryBody(byte[] json, string etag, DateTime? lastModified, bool stableOverTime)
        : this([json], etag, lastModified, stableOverTime, json.Length)
    {
    }

    /// <summary>A body whose parts are all in memory already.</summary>
    public static DeliveryBody Buffered(IReadOnlyList<ReadOnlyMemory<byte>> parts, DateTime? lastModified) =>
        new(parts, EntityTags.Of(parts), lastModified, StableOverTime: false, parts.Sum(part => (long)part.Length));

    /// <summary>A body rendered while it is written: no entity tag, no length.</summary>
    public static DeliveryBody Streamed(IEnumerable<ReadOnlyMemory<byte>> parts, DateTime? lastModified) =>
        new(parts, null, lastModified, StableOverTime: false, null);
}
