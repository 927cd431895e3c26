namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Imports a uSync v17 root (e.g. <c>uSync/v17</c>) into the engine: data types, content and media types (two
/// passes), media, then documents, then delete markers. The whole folder is read, validated and compared with the
/// database first; if anything is wrong (a malformed file, a dangling reference, a refused data loss) nothing is
/// written. Writing is one engine transaction per item, so an engine failure part-way leaves earlier items applied.
/// </summary>
public sealed class SyncImporter
{
    private readonly SyncPlanner _planner;
    private readonly SyncApplier _applier;

    internal SyncImporter(SyncPlanner planner, SyncApplier applier)
    {
        _planner = planner;
        _applier = applier;
    }

    /// <summary>What importing <paramref name="rootFolder"/> would change, without writing anything.</summary>
    public async Task<SyncReport> ReportAsync(string rootFolder, SyncImportOptions? options = null, CancellationToken cancellationToken = default) =>
        (await _planner.PlanAsync(rootFolder, options ?? new SyncImportOptions(), cancellationToken)).ToReport();

    public async Task<SyncImportResult> ImportAsync(string rootFolder, SyncImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SyncImportOptions();
        var plan = await _planner.PlanAsync(rootFolder, options, cancellationToken);
        if (plan.HasErrors)
        {
            return new SyncImportResult(plan.ToReport(), [], []);
        }

        var applied = await _applier.ApplyAsync(plan, cancellationToken);
        var copied = new List<string>();
        if (!plan.HasErrors && options.MediaRoot is { } mediaRoot)
        {
            var filesFolder = options.FilesFolder ?? Path.Combine(rootFolder, "..", "Files");
            copied = await MediaFiles.CopyAsync(Path.Combine(filesFolder, "media"), mediaRoot, plan.Problems, cancellationToken);
        }

        return new SyncImportResult(plan.ToReport(), applied, copied);
    }
}
