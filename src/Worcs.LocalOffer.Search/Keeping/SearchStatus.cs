using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>The state of search for the admin status endpoint.</summary>
public sealed record SearchStatus(
    IReadOnlyList<IndexStatus> Indexes,
    int QueueLength,
    bool Ready,
    DateTime? LastProcessedUtc,
    string? LastError)
{
    public bool Healthy => Ready && Indexes.All(index => index.Health is IndexHealth.Healthy or IndexHealth.Rebuilding);
}
