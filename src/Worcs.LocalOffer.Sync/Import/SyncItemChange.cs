namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// What importing one file does (or did). <paramref name="DataLoss"/> marks a type change that removes properties
/// or changes their data type, which is applied only with <see cref="SyncImportOptions.AllowDataLoss"/>.
/// </summary>
public sealed record SyncItemChange(
    SyncItemType ItemType,
    Guid Key,
    string Name,
    string File,
    SyncChangeKind Kind,
    IReadOnlyList<string> Details,
    bool DataLoss = false);
