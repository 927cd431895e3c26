namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A document type's <c>HistoryCleanup</c>; <see langword="null"/> days are written empty.</summary>
public sealed record SyncHistoryCleanup
{
    public bool PreventCleanup { get; init; }

    public int? KeepAllVersionsNewerThanDays { get; init; }

    public int? KeepLatestVersionPerDayForDays { get; init; }
}
