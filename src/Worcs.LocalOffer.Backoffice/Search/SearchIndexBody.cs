namespace Worcs.LocalOffer.Backoffice.Search;

/// <summary>One index in the status endpoint's JSON; <see cref="Health"/> is healthy, missing, corrupt or rebuilding.</summary>
internal sealed record SearchIndexBody(
    string Name,
    int DocumentCount,
    DateTime? LastCommit,
    string Health,
    long SizeBytes,
    DateTime? LastRebuild,
    string? LastRebuildError);
