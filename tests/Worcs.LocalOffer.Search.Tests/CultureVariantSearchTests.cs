using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>A culture-variant page is found by the words of each of its cultures, not only of the default one.</summary>
public sealed class CultureVariantSearchTests
{
    private static readonly Guid ShortText = Guid.Parse("e9971ba1-754c-5ef4-a6ed-bb6261667149");

    [Test]
    public async Task Words_in_any_culture_of_a_variant_page_find_it()
    {
        await using var site = await SearchSite.CreateAsync();
        await using var indexing = await site.StartBackgroundIndexingAsync();
        var languages = site.Services.GetRequiredService<LanguageService>();
        Assert.That((await languages.SaveAsync(new Language { IsoCode = "en-GB", Name = "English", IsDefault = true })).Succeeded, Is.True);
        Assert.That((await languages.SaveAsync(new Language { IsoCode = "pl-PL", Name = "Polish" })).Succeeded, Is.True);
        var type = new ContentType
        {
            Key = Guid.NewGuid(),
            Alias = "translatedNotice",
            Name = "Translated notice",
            AllowedAtRoot = true,
            Variations = ContentVariation.Culture,
            Properties = [new PropertyType { Key = Guid.NewGuid(), Alias = "title", Name = "Title", DataTypeKey = ShortText, Variations = ContentVariation.Culture }],
        };
        Assert.That((await site.Services.GetRequiredService<ContentTypeService>().SaveAsync(type)).Succeeded, Is.True);

        var created = await site.Documents.CreateAsync(
            new NodeCreateRequest("translatedNotice", "Drop-in sessions", null, Cultures: new Dictionary<string, CultureVariantRequest>
            {
                ["en-GB"] = new("Drop-in sessions", new Dictionary<string, string?> { ["title"] = "Quokkaesque drop-in sessions" }),
                ["pl-PL"] = new("Spotkania", new Dictionary<string, string?> { ["title"] = "Spotkania wallabyjskie" }),
            }),
            publish: true);
        Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));

        var english = await Eventually.Until(() => site.SearchAsync("quokkaesque"), response => response.Total > 0, "the English words to be searchable");
        var polish = await site.SearchAsync("wallabyjskie");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(english.Items[0].Key, Is.EqualTo(created.Value!.Key));
            Assert.That(polish.Items.Select(item => item.Key), Is.EqualTo(new[] { created.Value.Key }));
        }
    }
}
