namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// One result. <see cref="Snippet"/> is HTML-encoded text with matched words in <c>&lt;mark&gt;</c>. When the words
/// were found only in a linked download, <see cref="FoundIn"/> names that file ("found in …").
/// </summary>
public sealed record SiteSearchHit(
    Guid Key,
    string Name,
    string ContentType,
    string Category,
    string? UrlSegment,
    string? Path,
    float Score,
    string? Snippet,
    string? FoundIn,
    IReadOnlyList<string> MatchedFiles,
    int? Year,
    DateTime? UpdateDate,
    IReadOnlyList<string> Tags);
