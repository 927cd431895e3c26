namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>An item's JSON, rendered once per snapshot, with its entity tag.</summary>
/// <param name="Json">The UTF-8 JSON.</param>
/// <param name="ETag">The strong entity tag of <paramref name="Json"/>.</param>
/// <param name="ValidUntil">When a value derived from the clock (such as a consultation's status) changes, or null.</param>
/// <param name="ClockDependentSince">When it was rendered, if it holds values derived from the clock; null otherwise.</param>
public sealed record RenderedItem(byte[] Json, string ETag, DateTimeOffset? ValidUntil, DateTimeOffset? ClockDependentSince = null)
{
    public bool IsValidAt(DateTimeOffset now) =>
        (ClockDependentSince is null || now >= ClockDependentSince) && (ValidUntil is null || now < ValidUntil);
}
