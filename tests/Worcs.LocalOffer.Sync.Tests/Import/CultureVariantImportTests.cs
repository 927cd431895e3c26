using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>
/// Our culture-variant site (<see cref="SyncFixtures.CultureVariantRoot"/>) imports its languages, per-culture names,
/// values and publish states through the engine, re-imports as unchanged and exports back byte for byte.
/// </summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CultureVariantImportTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private string Site => Path.Combine(Scratch, "cultures", "v17");

    [SetUp]
    public void CopySite() => CopyFolder(SyncFixtures.CultureVariantRoot, Site);

    [Test]
    public async Task Languages_names_values_and_publish_states_are_imported_per_culture()
    {
        await ImportSiteAsync();

        var languages = await Languages.GetAllAsync();
        var type = (await ContentTypes.GetAllAsync()).Single(type => type.Key == SyncFixtures.CommunityEventType);
        var fun = (await Documents.GetAsync(SyncFixtures.FamilyFunDay))!;
        var forum = (await Documents.GetAsync(SyncFixtures.ParentCarerForum))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(languages.Select(language => (language.IsoCode, language.IsDefault, language.FallbackIsoCode)), Is.EquivalentTo(new[] { ("en-GB", true, (string?)null), ("cy-GB", false, "en-GB") }));
            Assert.That(type.Variations, Is.EqualTo(ContentVariation.Culture));
            Assert.That(type.Properties.Select(property => (property.Alias, property.Variations)), Is.EquivalentTo(new[] { ("title", ContentVariation.Culture), ("eventDate", ContentVariation.Nothing) }));
            Assert.That(fun.Draft.Name, Is.EqualTo("Family fun day"));
            Assert.That(fun.Draft.Cultures["cy-GB"].Name, Is.EqualTo("Diwrnod hwyl i'r teulu"));
            Assert.That(fun.Draft.GetValue("title", "cy-GB"), Is.EqualTo("Diwrnod hwyl i'r teulu yn y llyfrgell"));
            Assert.That(fun.Draft.GetValue("title", "en-GB"), Is.EqualTo("Family fun day at the library"));
            Assert.That(fun.Draft.Values.Keys, Is.EqualTo(new[] { "eventDate" }));
            Assert.That(fun.Published!.Cultures.Keys, Is.EquivalentTo(new[] { "en-GB", "cy-GB" }));
            Assert.That(forum.Draft.Cultures.Keys, Is.EquivalentTo(new[] { "en-GB", "cy-GB" }));
            Assert.That(forum.Draft.Cultures["cy-GB"].GetValue("title"), Is.Null.Or.Empty);
            Assert.That(forum.Published!.Cultures.Keys, Is.EqualTo(new[] { "en-GB" }));
            Assert.That(forum.Published.GetValue("title", "en-GB"), Is.EqualTo("Parent carer forum: autumn meeting"));
        }
    }

    [Test]
    public async Task An_unchanged_site_reimports_as_unchanged_and_exports_byte_for_byte()
    {
        await ImportSiteAsync();

        var report = await Importer.ReportAsync(Site, Options);
        var target = Path.Combine(Scratch, "export");
        var export = await Exporter.ExportAsync(target);
        var over = await Exporter.ExportAsync(Site);

        var differing = Directory.EnumerateFiles(Site, "*.config", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Site, file))
            .Where(relative => !File.Exists(Path.Combine(target, relative)) || !File.ReadAllBytes(Path.Combine(target, relative)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(SyncFixtures.CultureVariantRoot, relative))))
            .ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Pending.Select(change => $"{change.File}: {string.Join("; ", change.Details)}"), Is.Empty);
            Assert.That(over.Written, Is.Empty);
            Assert.That(differing, Is.Empty);
            Assert.That(export.Written, Has.Count.EqualTo(2 + 2 + 1 + 2 + 1)); // languages, data types, type, documents, usync.config
        }
    }

    [Test]
    public async Task Changed_culture_names_values_and_publish_states_are_reported_and_applied()
    {
        await ImportSiteAsync();
        EditSite("Content/parent-carer-forum.config", text => text
            .Replace("""<Published Culture="cy-GB">false</Published>""", """<Published Culture="cy-GB">true</Published>""", StringComparison.Ordinal)
            .Replace("""<Value Culture="cy-GB"><![CDATA[]]></Value>""", """<Value Culture="cy-GB"><![CDATA[Fforwm rhieni a gofalwyr: cyfarfod yr hydref]]></Value>""", StringComparison.Ordinal));
        EditSite("Content/family-fun-day.config", text => text
            .Replace("""<Published Culture="en-GB">true</Published>""", """<Published Culture="en-GB">false</Published>""", StringComparison.Ordinal)
            .Replace("""<Name Culture="cy-GB">Diwrnod hwyl i'r teulu</Name>""", """<Name Culture="cy-GB">Diwrnod hwyl y teulu</Name>""", StringComparison.Ordinal));

        var report = await Importer.ReportAsync(Site, Options);
        await ImportSiteAsync();

        var forum = (await Documents.GetAsync(SyncFixtures.ParentCarerForum))!;
        var fun = (await Documents.GetAsync(SyncFixtures.FamilyFunDay))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Details(report, SyncFixtures.ParentCarerForum), Is.EqualTo(new[] { "value 'title' (cy-GB) changed", "publish cy-GB" }));
            Assert.That(Details(report, SyncFixtures.FamilyFunDay), Is.EqualTo(new[] { "name 'cy-GB': 'Diwrnod hwyl i'r teulu' → 'Diwrnod hwyl y teulu'", "unpublish en-GB" }));
            Assert.That(forum.Published!.Cultures.Keys, Is.EquivalentTo(new[] { "en-GB", "cy-GB" }));
            Assert.That(forum.Published.GetValue("title", "cy-GB"), Is.EqualTo("Fforwm rhieni a gofalwyr: cyfarfod yr hydref"));
            Assert.That(fun.Published!.Cultures.Keys, Is.EqualTo(new[] { "cy-GB" }));
            Assert.That(fun.Published.Cultures["cy-GB"].Name, Is.EqualTo("Diwrnod hwyl y teulu"));
            Assert.That((await Importer.ReportAsync(Site, Options)).Pending, Is.Empty);
        }
    }

    [Test]
    public async Task A_file_that_is_not_published_unpublishes_every_culture()
    {
        await ImportSiteAsync();
        EditSite("Content/family-fun-day.config", text => text.Replace("""<Published Default="true">""", """<Published Default="false">""", StringComparison.Ordinal)
            .Replace(">true</Published>", ">false</Published>", StringComparison.Ordinal));

        await ImportSiteAsync();

        Assert.That((await Documents.GetAsync(SyncFixtures.FamilyFunDay))!.Node.IsPublished, Is.False);
    }

    [Test]
    public async Task Deleting_a_language_is_data_loss_and_is_refused_without_allowing_it()
    {
        await ImportSiteAsync();
        File.WriteAllText(Path.Combine(Site, "Languages", "cy-gb.config"), """<?xml version="1.0" encoding="utf-8"?>""" + "\n" + """<Empty Key="86a08cf0-0000-0000-0000-000000000000" Alias="cy-GB" Change="Delete" />""", new System.Text.UTF8Encoding(true));
        foreach (var file in new[] { "family-fun-day.config", "parent-carer-forum.config" })
        {
            File.Delete(Path.Combine(Site, "Content", file));
        }

        var refused = await Importer.ImportAsync(Site, Options);
        var allowed = await Importer.ImportAsync(Site, Options with { AllowDataLoss = true });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Succeeded, Is.False);
            Assert.That(refused.Problems.Select(problem => problem.Message), Has.Some.Contains("Language 'cy-GB'").And.Contains("AllowDataLoss"));
            Assert.That(allowed.Succeeded, Is.True, () => string.Join("\n", allowed.Problems));
            Assert.That((await Languages.GetAllAsync()).Select(language => language.IsoCode), Is.EqualTo(new[] { "en-GB" }));
        }
    }

    private static IEnumerable<string> Details(SyncReport report, Guid key) => report.Changes.Single(change => change.Key == key).Details;

    private void EditSite(string relativePath, Func<string, string> change) => Edit(relativePath, change, Site);

    private async Task ImportSiteAsync()
    {
        var result = await Importer.ImportAsync(Site, Options);
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error), Is.Empty, () => string.Join("\n", result.Problems));
    }
}
