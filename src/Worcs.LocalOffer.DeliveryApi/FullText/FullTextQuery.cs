namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>A full-text search as the Delivery API asks for it.</summary>
/// <param name="Text">What the user typed, as is.</param>
/// <param name="ContentTypes">Document type aliases an item must be one of; empty means any.</param>
/// <param name="Tags">Tags an item must have one of; empty means any.</param>
/// <param name="Year">The item's year, or null for any.</param>
/// <param name="Sort">The <c>sort</c> value (<c>relevance</c>, <c>name:asc</c>, <c>updateDate:desc</c>, <c>publishDate:desc</c>), or null for relevance.</param>
/// <param name="Skip">Hits to skip.</param>
/// <param name="Take">Hits to return.</param>
public sealed record FullTextQuery(
    string Text,
    IReadOnlyList<string> ContentTypes,
    IReadOnlyList<string> Tags,
    int? Year,
    string? Sort,
    int Skip,
    int Take);
