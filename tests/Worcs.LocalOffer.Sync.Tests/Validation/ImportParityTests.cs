using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Tests.Import;
using Worcs.LocalOffer.Sync.Validation;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Validation;

/// <summary>
/// For each way of breaking the repository's folder (<see cref="ParityCase.All"/>), <c>validate</c> reports it and
/// <c>import</c> refuses it with the same message on the same file, writing nothing.
/// </summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ImportParityTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    public static IEnumerable<TestCaseData> Cases() => ParityCase.All.Select(item => new TestCaseData(item).SetArgDisplayNames(item.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Validate_reports_what_import_refuses(ParityCase broken)
    {
        broken.Break(Path.Combine(Scratch, "uSync"));

        var validated = ValidateFolder(Services.GetRequiredService<OfflineValidation>())
            .Errors.Where(problem => problem.File == "uSync/v17/" + broken.File && problem.Message.Contains(broken.Message, StringComparison.Ordinal))
            .ToList();
        var imported = await Importer.ImportAsync(Root, Options);
        var refused = imported.Problems
            .Where(problem => problem.Severity == SyncSeverity.Error && problem.File.Replace('\\', '/').EndsWith("/" + broken.File, StringComparison.Ordinal))
            .Select(problem => problem.Message)
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(validated, Is.Not.Empty, () => "validate said: " + string.Join("\n", ValidateFolder(Services.GetRequiredService<OfflineValidation>()).Problems));
            Assert.That(validated.Select(problem => problem.Line), Has.All.GreaterThan(0));
            Assert.That(imported.Succeeded, Is.False);
            Assert.That(refused, Has.Some.Contain(broken.Message), () => "import said: " + string.Join("\n", imported.Problems));
            Assert.That(imported.Applied, Is.Empty);
            Assert.That(await DataTypes.GetAllAsync(), Is.Empty);
            Assert.That(Directory.Exists(MediaRoot), Is.False);
        }
    }

    private SyncValidationResult ValidateFolder(OfflineValidation engine) =>
        new SyncFolderValidator(new SyncValidationOptions { Engine = engine, FilesFolders = [Path.Combine(Scratch, "uSync", "Files")] })
            .Validate(new SyncFolderReader().Read(Root, "uSync/v17"));
}
