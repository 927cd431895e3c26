using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class SyncExportOnSaveTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    [Test]
    public async Task Saving_a_type_rewrites_its_usync_file_and_leaves_the_others_alone()
    {
        await ImportAsync();
        await using var withExportOnSave = TestServices.Create(Database.Settings, services => services.AddLocalOfferSync().AddLocalOfferSyncExportOnSave(Root));
        var contentTypes = withExportOnSave.GetRequiredService<ContentTypeService>();
        var file = Path.Combine(Root, "ContentTypes", "newsarticle.config");
        var untouched = Path.Combine(Root, "ContentTypes", "home.config");
        var homeBefore = await File.ReadAllBytesAsync(untouched);
        var type = (await contentTypes.GetAllAsync()).Single(candidate => candidate.Alias == "newsArticle");
        type.Name = "News story";

        var saved = await contentTypes.SaveAsync(type);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(await File.ReadAllTextAsync(file), Does.Contain("<Name>News story</Name>"));
            Assert.That(await File.ReadAllBytesAsync(untouched), Is.EqualTo(homeBefore));
        }
    }

    [Test]
    public async Task Adding_a_language_writes_its_usync_file_as_uSync_17_names_it()
    {
        await ImportAsync();
        await using var withExportOnSave = TestServices.Create(Database.Settings, services => services.AddLocalOfferSync().AddLocalOfferSyncExportOnSave(Root));
        var languages = withExportOnSave.GetRequiredService<LanguageService>();

        var saved = await languages.SaveAsync(new Language { IsoCode = "cy-GB", Name = "Welsh (United Kingdom)", FallbackIsoCode = "en-GB" });

        Assert.That(saved.Succeeded, Is.True, saved.ToString());
        Assert.That(await File.ReadAllBytesAsync(Path.Combine(Root, "Languages", "cy-gb.config")), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(
            "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Language Key=\"86a08cf0-0000-0000-0000-000000000000\" Alias=\"cy-GB\" Level=\"0\">\n  <Name>Welsh (United Kingdom)</Name>\n  <IsoCode>cy-GB</IsoCode>\n  <IsMandatory>false</IsMandatory>\n  <IsDefault>false</IsDefault>\n  <Fallback>en-GB</Fallback>\n</Language>")));
    }
}
