using System.Text.RegularExpressions;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Sync.Tests.Acceptance;

/// <summary>
/// The other corpus sites are samples of a few files from larger exports: validating them gives only errors for the
/// files their sample lacks (a type or data type not in the folder, a missing parent, a language file for the cultures
/// its content is written in) or for editors this CMS does not provide (the third-party OpenStreetMap editor, Umbraco's
/// Block Grid).
/// </summary>
public sealed partial class CorpusSiteValidationTests
{
    public static IEnumerable<TestCaseData> PartialSites() =>
        Corpus.SiteCases().Where(site => !Equals(site.Arguments[0], "nul800sebastiaan__Cultiv.Site"));

    [TestCaseSource(nameof(PartialSites))]
    public void A_partial_site_gives_only_errors_for_what_its_sample_lacks(string site)
    {
        var folder = new SyncFolderReader().Read(Path.Combine(Corpus.Root, site), site);

        var result = new SyncFolderValidator().Validate(folder);

        var errors = result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Problems, Is.Empty);
            Assert.That(errors, Is.Not.Empty);
            Assert.That(errors.Where(error => !LackingFile().IsMatch(error.Message)).Select(error => error.ToString()), Is.Empty);
        }
    }

    [Test]
    public void The_culture_variant_site_reads_its_cultures()
    {
        var folder = new SyncFolderReader().Read(Path.Combine(Corpus.Root, "NagbhushanHegde__MyUmbracoProject"));

        var content = folder.In("Content").Select(file => file.Item).OfType<SyncContent>().Single();
        Assert.That(content.Info.NodeName.Cultures.Select(culture => culture.Culture), Is.EquivalentTo(new[] { "de", "en-US", "kn-IN" }));
    }

    [Test]
    public void The_culture_variant_site_without_languages_names_each_missing_language_once()
    {
        const string Site = "NagbhushanHegde__MyUmbracoProject";
        var folder = new SyncFolderReader().Read(Path.Combine(Corpus.Root, Site), Site);

        var languageErrors = new SyncFolderValidator().Validate(folder).Problems
            .Where(problem => problem.Severity == SyncSeverity.Error && problem.Message.StartsWith("culture '", StringComparison.Ordinal))
            .Select(problem => problem.ToString());

        Assert.That(languageErrors, Is.EquivalentTo(new[] { "de", "en-US", "kn-IN" }.Select(culture =>
            $"{Site}/Content/home.config:9: culture '{culture}' is not a language of the site: its file Languages/{culture.ToLowerInvariant()}.config is not in the folder")));
    }

    [GeneratedRegex("is not in the folder|which is not in DataTypes|is not in (Content|Media)Types|property editor '(Bergmania\\.OpenStreetMap|Umbraco\\.BlockGrid)' is not installed")]
    private static partial Regex LackingFile();
}
