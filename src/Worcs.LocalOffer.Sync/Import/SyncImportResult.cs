namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// The outcome of an import. <see cref="Applied"/> lists the changes written and <see cref="CopiedMediaFiles"/> the
/// files copied into the media root; when <see cref="Succeeded"/> is false, <see cref="Problems"/> says why, naming
/// the file and item.
/// </summary>
public sealed record SyncImportResult(SyncReport Report, IReadOnlyList<SyncItemChange> Applied, IReadOnlyList<string> CopiedMediaFiles)
{
    public bool Succeeded => !Report.HasErrors;

    public IReadOnlyList<SyncProblem> Problems => Report.Problems;
}
