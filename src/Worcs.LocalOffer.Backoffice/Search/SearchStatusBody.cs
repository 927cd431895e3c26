using Worcs.LocalOffer.Search.Keeping;

namespace Worcs.LocalOffer.Backoffice.Search;

/// <summary>The JSON of the status endpoint. Index folders are left out: they are the server's business.</summary>
internal sealed record SearchStatusBody(
    bool Healthy,
    bool Ready,
    int QueueLength,
    DateTime? LastProcessed,
    string? LastError,
    IReadOnlyList<SearchIndexBody> Indexes)
{
    public static SearchStatusBody From(SearchStatus status) => new(
        status.Healthy,
        status.Ready,
        status.QueueLength,
        status.LastProcessedUtc,
        status.LastError,
        [.. status.Indexes.Select(index => new SearchIndexBody(
            index.Name,
            index.DocumentCount,
            index.LastCommitUtc,
            index.Health.ToString().ToLowerInvariant(),
            index.SizeBytes,
            index.LastRebuildUtc,
            index.LastRebuildError))]);
}
