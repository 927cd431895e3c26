namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Every problem found in a folder, read errors included, in file order.</summary>
public sealed record SyncValidationResult(IReadOnlyList<SyncProblem> Problems)
{
    public bool IsValid => !Errors.Any();

    public IEnumerable<SyncProblem> Errors => Problems.Where(problem => problem.Severity == SyncSeverity.Error);

    public IEnumerable<SyncProblem> Warnings => Problems.Where(problem => problem.Severity == SyncSeverity.Warning);
}
