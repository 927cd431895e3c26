namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>How a rebuild ended: the number of items written, or why it failed (the old index stays in use).</summary>
public sealed record RebuildResult(bool Succeeded, int DocumentCount, TimeSpan Elapsed, string? Error);
