namespace Worcs.LocalOffer.Search.Querying;

/// <summary>A page of hits and the total number of matches.</summary>
public sealed record SearchResults(long TotalItemCount, IReadOnlyList<SearchResult> Items);
