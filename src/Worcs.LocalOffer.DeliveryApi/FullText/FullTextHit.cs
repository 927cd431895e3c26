namespace Worcs.LocalOffer.DeliveryApi.FullText;

/// <summary>One hit: the item's key, an HTML-encoded snippet with the matches in <c>&lt;mark&gt;</c>, and the downloads the words were found in.</summary>
public sealed record FullTextHit(Guid Key, string? Snippet, IReadOnlyList<string> FoundIn);
