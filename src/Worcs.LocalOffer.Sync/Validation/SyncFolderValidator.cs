using Worcs.LocalOffer.Sync.Folders;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Checks a uSync folder without a database: what an import would refuse or get wrong.</summary>
public sealed class SyncFolderValidator(SyncValidationOptions? options = null)
{
    private readonly SyncValidationOptions _options = options ?? new SyncValidationOptions();

    public SyncValidationResult Validate(SyncFolder folder)
    {
        var index = new FolderIndex(folder, _options);
        IEnumerable<SyncProblem>[] checks =
        [
            folder.Problems,
            ShapeChecks.RootElements(index),
            IdentityChecks.DuplicateKeys(index),
            IdentityChecks.ContentTypeAliases(index),
            IdentityChecks.DataTypeNames(index),
            ShapeChecks.Editors(index),
            ReferenceChecks.ContentTypes(index),
            ContentReferenceChecks.Check(index),
        ];
        var problems = checks.SelectMany(check => check)
            .OrderBy(problem => problem.File, StringComparer.Ordinal)
            .ThenBy(problem => problem.Line ?? 0)
            .ToList();
        return new SyncValidationResult(problems);
    }
}
