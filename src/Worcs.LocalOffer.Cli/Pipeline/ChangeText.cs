using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Cli.Pipeline;

/// <summary>One line per change: <c>update ContentType 'Consultation' (file) DATA LOSS: details</c>.</summary>
internal static class ChangeText
{
    public const string DataLossFlag = "DATA LOSS";

    public static void WriteAll(TextWriter output, IEnumerable<SyncItemChange> changes, SyncRoots folder)
    {
        foreach (var change in changes)
        {
            output.WriteLine(Line(change, folder));
        }
    }

    public static string Line(SyncItemChange change, SyncRoots folder)
    {
        var line = $"{change.Kind.ToString().ToLowerInvariant()} {change.ItemType} '{change.Name}' ({folder.Show(change.File)})";
        if (change.DataLoss)
        {
            line += " " + DataLossFlag;
        }

        return change.Details.Count == 0 ? line : $"{line}: {string.Join("; ", change.Details)}";
    }

    /// <summary>"3 changes (1 create, 2 update, 0 delete), 1 with data loss".</summary>
    public static string Summary(IReadOnlyCollection<SyncItemChange> changes)
    {
        int Of(SyncChangeKind kind) => changes.Count(change => change.Kind == kind);
        return $"{ProblemText.Count(changes.Count, "change")} ({Of(SyncChangeKind.Create)} create, {Of(SyncChangeKind.Update)} update, " +
            $"{Of(SyncChangeKind.Delete)} delete), {changes.Count(change => change.DataLoss)} with data loss";
    }
}
