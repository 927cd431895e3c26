namespace Worcs.LocalOffer.Sync.Import;

/// <summary>One change of an import plan and what it applies: a mapped engine object, or a file's content.</summary>
internal sealed record PlannedChange<T>(SyncItemChange Change, T Item);
