using Worcs.LocalOffer.Sync.Folders;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// Checks a uSync folder without a database: what an import would refuse or get wrong, every problem in one run.
/// Data types, types, documents and media are checked by the engine's own validators (see
/// <see cref="SyncValidationOptions.Engine"/>), so an error here is the error the import would give.
/// </summary>
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
            IdentityChecks.NodeKeys(index),
            LanguageChecks.Check(index),
            CultureChecks.Variations(index),
            CultureChecks.Check(index),
            EngineSchemaChecks.DataTypes(index),
            EngineSchemaChecks.ContentTypes(index),
            _options.CheckValues ? EngineContentChecks.Check(index) : [],
            MediaFileChecks.Check(index),
            ModelWarnings.ValidationPatterns(index),
            ModelWarnings.TiptapExtensions(index),
        ];
        var problems = checks.SelectMany(check => check)
            .OrderBy(problem => problem.File, StringComparer.Ordinal)
            .ThenBy(problem => problem.Line ?? 0)
            .ToList();
        return new SyncValidationResult(problems);
    }
}
