namespace Worcs.LocalOffer.Sync.Export;

/// <summary>The files an export wrote (changed or new) and left alone (already identical), relative to the root.</summary>
public sealed record SyncExportResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged);
