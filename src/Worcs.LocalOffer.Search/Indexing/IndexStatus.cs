namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>What an index holds and how it is doing.</summary>
public sealed record IndexStatus(
    string Name,
    int DocumentCount,
    DateTime? LastCommitUtc,
    IndexHealth Health,
    string Directory,
    long SizeBytes,
    DateTime? LastRebuildUtc,
    string? LastRebuildError);
