using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Imports a uSync v17 root (e.g. <c>uSync/v17</c>) into the engine: data types, content and media types (two
/// passes), media, then documents, then delete and clean markers. The whole folder is read, validated and compared with the
/// database first; if anything is wrong (a malformed file, a dangling reference, a refused data loss) nothing is
/// written. The writes then run in one transaction: if the engine refuses any item, none of them is kept.
/// </summary>
public sealed class SyncImporter
{
    private readonly SyncPlanner _planner;
    private readonly SyncApplier _applier;
    private readonly IUnitOfWorkFactory _unitsOfWork;

    internal SyncImporter(SyncPlanner planner, SyncApplier applier, IUnitOfWorkFactory unitsOfWork)
    {
        _planner = planner;
        _applier = applier;
        _unitsOfWork = unitsOfWork;
    }

    /// <summary>What importing <paramref name="rootFolder"/> would change, without writing anything.</summary>
    public Task<SyncReport> ReportAsync(string rootFolder, SyncImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ReportAsync([rootFolder], options, cancellationToken);

    /// <summary>What importing the merged <paramref name="rootFolders"/> (later roots winning) would change, writing nothing.</summary>
    public async Task<SyncReport> ReportAsync(IReadOnlyList<string> rootFolders, SyncImportOptions? options = null, CancellationToken cancellationToken = default) =>
        (await _planner.PlanAsync(rootFolders, options ?? new SyncImportOptions(), cancellationToken)).ToReport();

    public Task<SyncImportResult> ImportAsync(string rootFolder, SyncImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportAsync([rootFolder], options, cancellationToken);

    /// <summary>Imports several roots as one, as uSync does with <c>uSync:Settings:Folders</c>: a later root's file replaces an earlier root's file at the same path.</summary>
    public async Task<SyncImportResult> ImportAsync(IReadOnlyList<string> rootFolders, SyncImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rootFolders.Count);
        options ??= new SyncImportOptions();

        // Planning joins the transaction too, so the plan is made against the data it is applied to.
        var (plan, applied) = await _unitsOfWork.RunAtomicallyAsync(
            async token =>
            {
                var plan = await _planner.PlanAsync(rootFolders, options, token);
                return plan.HasErrors ? (plan, []) : (plan, await _applier.ApplyAsync(plan, token));
            },
            outcome => !outcome.plan.HasErrors,
            cancellationToken);
        if (plan.HasErrors)
        {
            return new SyncImportResult(plan.ToReport(), [], []);
        }

        var copied = new List<string>();
        if (options.MediaRoot is { } mediaRoot)
        {
            copied = await MediaFiles.CopyAsync(MediaFiles.Sources(rootFolders, options), mediaRoot, plan.Problems, cancellationToken);
        }

        return new SyncImportResult(plan.ToReport(), applied, copied);
    }
}
