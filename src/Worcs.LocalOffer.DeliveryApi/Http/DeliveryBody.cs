namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>A rendered response body with what the caching headers need.</summary>
/// <param name="Parts">The UTF-8 JSON, in parts written one after another: a list is its items' cached JSON with the
/// brackets and commas between them, so it is never copied into one buffer.</param>
/// <param name="ETag">The strong entity tag of the whole body.</param>
/// <param name="LastModified">The newest update date of the items in it, or null.</param>
/// <param name="StableOverTime">False when it holds values derived from the clock, so only its entity tag may revalidate it.</param>
internal sealed record DeliveryBody(IReadOnlyList<ReadOnlyMemory<byte>> Parts, string ETag, DateTime? LastModified, bool StableOverTime)
{
    public DeliveryBody(byte[] json, string etag, DateTime? lastModified, bool stableOverTime)
        : this([json], etag, lastModified, stableOverTime)
    {
    }

    public long Length
    {
        get
        {
            long length = 0;
            foreach (var part in Parts)
            {
                length += part.Length;
            }

            return length;
        }
    }
}
