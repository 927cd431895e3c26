using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.Cultures;

/// <summary>A roadshow type whose title varies by culture and whose place count does not, in English (default) and Polish.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CultureVariantTests(DatabaseEngine engine) : EngineTestBase(engine)
{
    private ContentType _roadshow = null!;

    private LanguageService Languages => Services.GetRequiredService<LanguageService>();

    [SetUp]
    public async Task CreateLanguagesAndType()
    {
        Assert.That((await Languages.SaveAsync(new Language { IsoCode = "en-GB", Name = "English", IsDefault = true, IsMandatory = true })).Succeeded, Is.True);
        Assert.That((await Languages.SaveAsync(new Language { IsoCode = "pl-PL", Name = "Polish" })).Succeeded, Is.True);
        _roadshow = new ContentTypeBuilder("roadshow").AllowedAtRoot().VaryingByCulture()
            .WithCultureProperty("title", TestDataTypes.TextBox.Key, mandatory: true)
            .WithProperty("count", TestDataTypes.Integer.Key)
            .Build();
        var saved = await ContentTypes.SaveAsync(_roadshow);
        Assert.That(saved.Succeeded, Is.True, saved.ToString());
        Notifications.Clear();
    }

    [Test]
    public async Task Each_culture_keeps_its_own_name_segment_and_values_and_the_node_goes_by_the_default_name()
    {
        var created = await CreateAsync(("en-GB", "Roadshow in Worcester", "SEND roadshow"), ("pl-PL", "Spotkanie w Worcester", "Spotkanie SEND"));

        var snapshot = await Documents.GetAsync(created.Key);
        var draft = snapshot!.Draft;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(snapshot.Node.Name, Is.EqualTo("Roadshow in Worcester"));
            Assert.That(draft.Values, Is.EqualTo(new Dictionary<string, string?> { ["count"] = "40" }));
            Assert.That(draft.Cultures["pl-PL"].Name, Is.EqualTo("Spotkanie w Worcester"));
            Assert.That(draft.Cultures["pl-PL"].UrlSegment, Is.EqualTo("spotkanie-w-worcester"));
            Assert.That(draft.GetValue("title", "pl-PL"), Is.EqualTo("Spotkanie SEND"));
            Assert.That(draft.GetValue("title", "en-GB"), Is.EqualTo("SEND roadshow"));
            Assert.That(draft.GetValue("count", "pl-PL"), Is.EqualTo("40"));
        }
    }

    [Test]
    public async Task Values_in_the_wrong_place_unknown_cultures_and_missing_names_are_refused_with_paths_and_nothing_is_written()
    {
        var result = await Documents.CreateAsync(new NodeCreateRequest(
            "roadshow",
            "Roadshow",
            null,
            Values(("title", "not here")),
            Cultures: new Dictionary<string, CultureVariantRequest>
            {
                ["en-GB"] = new("", Values(("count", "3"))),
                ["de-DE"] = new("Treffen"),
            }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(result.Errors.Select(error => error.Path), Is.EquivalentTo(new[] { "properties.title", "cultures.en-GB.name", "cultures.en-GB.properties.count", "cultures.de-DE" }), result.ToString());
            Assert.That(await Documents.GetChildrenAsync(null), Is.Empty);
        }
    }

    [Test]
    public async Task Publishing_one_culture_keeps_the_other_culture_as_it_was_published()
    {
        var created = await CreateAsync(("en-GB", "Roadshow", "First English"), ("pl-PL", "Spotkanie", "First Polish"));
        Assert.That((await Documents.PublishAsync(created.Key)).Succeeded, Is.True);
        await Documents.SaveAsync(Update(created.Key, ("en-GB", "Roadshow", "Second English"), ("pl-PL", "Spotkanie", "Second Polish")));

        var published = await Documents.PublishCulturesAsync(created.Key, ["pl-PL"]);

        var snapshot = await Documents.GetAsync(created.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.Errors, Is.Empty);
            Assert.That(snapshot!.Published!.GetValue("title", "pl-PL"), Is.EqualTo("Second Polish"));
            Assert.That(snapshot.Published.GetValue("title", "en-GB"), Is.EqualTo("First English"));
            Assert.That(snapshot.Node.HasUnpublishedChanges, Is.True, "English still has changes to publish");
        }
    }

    [Test]
    public async Task A_mandatory_language_must_be_published_and_unpublishing_it_unpublishes_the_document()
    {
        var created = await CreateAsync(("en-GB", "Roadshow", "English"), ("pl-PL", "Spotkanie", "Polish"));

        var polishOnly = await Documents.PublishCulturesAsync(created.Key, ["pl-PL"]);
        var both = await Documents.PublishAsync(created.Key);
        var polishRemoved = await Documents.UnpublishCultureAsync(created.Key, "pl-PL");
        var afterPolish = await Documents.GetAsync(created.Key);
        var englishRemoved = await Documents.UnpublishCultureAsync(created.Key, "en-GB");

        var snapshot = await Documents.GetAsync(created.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(polishOnly.Errors.Select(error => error.Path), Is.EqualTo(new[] { "cultures.en-GB" }), polishOnly.ToString());
            Assert.That(both.Succeeded && polishRemoved.Succeeded && englishRemoved.Succeeded, Is.True);
            Assert.That(afterPolish!.Published!.Cultures.Keys, Is.EqualTo(new[] { "en-GB" }));
            Assert.That(snapshot!.Node.IsPublished, Is.False);
        }
    }

    [Test]
    public async Task Publishing_validates_each_culture_being_published_with_the_culture_in_the_path()
    {
        var created = await CreateAsync(("en-GB", "Roadshow", "English"), ("pl-PL", "Spotkanie", null));

        var result = await Documents.PublishAsync(created.Key);

        Assert.That(result.Errors.Select(error => error.Path), Is.EqualTo(new[] { "cultures.pl-PL.properties.title" }), result.ToString());
    }

    [Test]
    public async Task Siblings_get_distinct_segments_per_culture_and_a_type_in_use_cannot_stop_varying()
    {
        await CreateAsync(("en-GB", "Roadshow", "One"), ("pl-PL", "Spotkanie", "Jeden"));
        var second = await CreateAsync(("en-GB", "Roadshow again", "Two"), ("pl-PL", "Spotkanie", "Dwa"));
        _roadshow.Variations = ContentVariation.Nothing;
        _roadshow.Properties[0].Variations = ContentVariation.Nothing;

        var changed = await ContentTypes.SaveAsync(_roadshow);

        var draft = (await Documents.GetAsync(second.Key))!.Draft;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(draft.Cultures["pl-PL"].UrlSegment, Is.EqualTo("spotkanie-1"));
            Assert.That(changed.Errors.Select(error => error.Path), Is.EquivalentTo(new[] { "variations", "properties.title" }), changed.ToString());
        }
    }

    private async Task<Node> CreateAsync(params (string Culture, string Name, string? Title)[] cultures)
    {
        var result = await Documents.CreateAsync(new NodeCreateRequest("roadshow", cultures[0].Name, null, Values(("count", "40")), Cultures: CulturesOf(cultures)));
        Assert.That(result.Succeeded, Is.True, result.ToString());
        return result.Value!;
    }

    private static NodeUpdateRequest Update(Guid key, params (string Culture, string Name, string? Title)[] cultures) =>
        new(key, cultures[0].Name, Values(("count", "40")), Cultures: CulturesOf(cultures));

    private static Dictionary<string, CultureVariantRequest> CulturesOf((string Culture, string Name, string? Title)[] cultures) =>
        cultures.ToDictionary(culture => culture.Culture, culture => new CultureVariantRequest(culture.Name, Values(("title", culture.Title))));
}
