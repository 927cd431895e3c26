namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>A rendered response body with what the caching headers need.</summary>
/// <param name="Json">The UTF-8 JSON.</param>
/// <param name="ETag">The strong entity tag of <paramref name="Json"/>.</param>
/// <param name="LastModified">The newest update date of the items in it, or null.</param>
/// <param name="StableOverTime">False when it holds values derived from the clock, so only its entity tag may revalidate it.</param>
internal sealed record DeliveryBody(byte[] Json, string ETag, DateTime? LastModified, bool StableOverTime);
