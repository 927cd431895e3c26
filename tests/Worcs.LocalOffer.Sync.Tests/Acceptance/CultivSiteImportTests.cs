using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Sync.Tests.Import;
using Worcs.LocalOffer.Sync.Validation;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Acceptance;

/// <summary>
/// The complete schema of a real Umbraco 15 + uSync 15 site (Cultiv.Site in the shared corpus) is accepted, imported
/// (its language included) and exported back byte for byte, file by file, including the dictionary items, templates and
/// member types this CMS does not hold.
/// </summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CultivSiteImportTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private const string Site = "nul800sebastiaan__Cultiv.Site";

    private string Copy => Path.Combine(Scratch, Site);

    [SetUp]
    public void CopySite() => CopyFolder(Path.Combine(Corpus.Root, Site), Copy);

    [Test]
    public void The_site_validates_without_errors()
    {
        var result = new SyncFolderValidator().Validate(new SyncFolderReader().Read(Copy, Site));

        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.ToString()), Is.Empty);
    }

    [Test]
    public async Task The_site_imports_and_its_export_is_byte_identical_file_by_file()
    {
        var result = await Importer.ImportAsync(Copy, new SyncImportOptions { AllowDataLoss = false });
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.ToString()), Is.Empty);

        var export = await Exporter.ExportAsync(Copy);

        var changed = Corpus.Files().Where(file => file.StartsWith(Site + "/", StringComparison.Ordinal))
            .Where(file => !File.ReadAllBytes(Path.Combine(Copy, file[(Site.Length + 1)..])).AsSpan().SequenceEqual(Corpus.Bytes(file)))
            .ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(export.Written, Is.Empty);
            Assert.That(changed, Is.Empty);
            Assert.That(Directory.EnumerateFiles(Copy, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(Directory.EnumerateFiles(Path.Combine(Corpus.Root, Site), "*", SearchOption.AllDirectories).Count()));
            Assert.That(result.Applied.Count(change => change.ItemType == SyncItemType.Language), Is.EqualTo(1));
            Assert.That((await Languages.GetAllAsync()).Select(language => (language.IsoCode, language.Name, language.IsDefault)), Is.EqualTo(new[] { ("en-US", "English (United States)", true) }));
            Assert.That(result.Applied.Count(change => change.ItemType == SyncItemType.DataType), Is.EqualTo(40));
            Assert.That(result.Applied.Count(change => change.ItemType is SyncItemType.ContentType or SyncItemType.MediaType), Is.EqualTo(14));
            Assert.That((await Importer.ReportAsync(Copy)).Pending.Select(change => $"{change.File}: {string.Join("; ", change.Details)}"), Is.Empty);
        }
    }

    [Test]
    public async Task Items_the_cms_does_not_hold_are_reported_one_warning_each()
    {
        var report = await Importer.ReportAsync(Copy);

        var unsupported = report.Problems.Where(problem => problem.Message.Contains("not imported", StringComparison.Ordinal)).Select(problem => problem.File).ToList();
        Assert.That(unsupported.Select(file => file[(file.LastIndexOf(Site, StringComparison.Ordinal) + Site.Length + 1)..].Split('/')[0]),
            Is.EquivalentTo(new[] { "Dictionary", "MemberTypes", "Templates" }));
    }
}
