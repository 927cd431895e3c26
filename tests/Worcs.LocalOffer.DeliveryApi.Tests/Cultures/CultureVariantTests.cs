using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Cultures;

/// <summary>
/// Culture-variant documents over HTTP, as Umbraco 17 answers them: <c>Accept-Language</c> picks one culture (the
/// default language without it), names, routes and variant values are that culture's, <c>cultures</c> maps each
/// published culture to its route, and what is not published in the culture is not found.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CultureVariantTests
{
    private SeedHost _host = null!;
    private CultureSite _site = null!;

    private HttpClient Client => _host.Client;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SeedHost.StartAsync();
        _site = await CultureSite.CreateAsync(_host);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Without_the_header_a_variant_page_is_in_the_default_language()
    {
        var item = (await Client.GetApiAsync($"content/item/{_site.About}")).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.Str("name"), Is.EqualTo("About us"));
            Assert.That(item.Str("route", "path"), Is.EqualTo("/about-us/"));
            Assert.That(item.Str("route", "startItem", "path"), Is.EqualTo("culture-site"));
            Assert.That(item.Str("properties", "title"), Is.EqualTo("Welcome"));
            Assert.That(item.Str("properties", "eventDate"), Is.EqualTo("2024-05-01"));
        }
    }

    [Test]
    public async Task Accept_language_gives_the_culture_name_route_and_variant_values()
    {
        var item = (await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-PL"))).Json;
        var lowerCase = (await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-pl"))).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.Str("name"), Is.EqualTo("O nas"));
            Assert.That(item.Str("route", "path"), Is.EqualTo("/o-nas/"));
            Assert.That(item.Str("properties", "title"), Is.EqualTo("Witamy"));
            Assert.That(item.Str("properties", "eventDate"), Is.EqualTo("2024-05-01"), "invariant values are the same in every culture");
            Assert.That(lowerCase.Str("name"), Is.EqualTo("O nas"));
        }
    }

    [Test]
    public async Task A_browser_language_list_is_not_a_culture_so_the_default_language_answers()
    {
        var item = await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-PL,pl;q=0.9,en;q=0.8"));

        Assert.That(item.Json.Str("name"), Is.EqualTo("About us"));
    }

    [Test]
    public async Task Cultures_maps_each_published_culture_to_its_route_and_is_empty_for_invariant_content()
    {
        var about = (await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-PL"))).Json.GetProperty("cultures");
        var zebra = (await Client.GetApiAsync($"content/item/{_site.Zebra}")).Json.GetProperty("cultures");
        var openingTimes = (await Client.GetApiAsync($"content/item/{_site.OpeningTimes}", ("Accept-Language", "pl-PL"))).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(about.PropertyNames(), Is.EqualTo(new[] { "en-GB", "pl-PL" }));
            Assert.That(about.Str("en-GB", "path"), Is.EqualTo("/about-us/"));
            Assert.That(about.Str("pl-PL", "path"), Is.EqualTo("/o-nas/"));
            Assert.That(about.Str("pl-PL", "startItem", "path"), Is.EqualTo("culture-site"));
            Assert.That(zebra.PropertyNames(), Is.EqualTo(new[] { "en-GB" }), "only the published culture");
            Assert.That(openingTimes.GetProperty("cultures").PropertyNames(), Is.Empty);
            Assert.That(openingTimes.Str("route", "path"), Is.EqualTo("/o-nas/opening-times/"), "an invariant page's route uses its ancestors' segments in the culture");
        }
    }

    [Test]
    public async Task A_page_not_published_in_the_culture_or_under_one_that_is_not_is_not_found()
    {
        var zebraPolish = await Client.GetApiAsync($"content/item/{_site.Zebra}", ("Accept-Language", "pl-PL"));
        var archivePolish = await Client.GetApiAsync($"content/item/{_site.Archive}", ("Accept-Language", "pl-PL"));
        var archiveEnglish = await Client.GetApiAsync($"content/item/{_site.Archive}", ("Accept-Language", "en-GB"));
        var items = await Client.GetApiAsync($"content/items?id={_site.Zebra}&id={_site.About}", ("Accept-Language", "pl-PL"));
        var unknownCulture = await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "fr-FR"));
        var invariantInUnknownCulture = await Client.GetApiAsync($"content/item/{_site.Site}", ("Accept-Language", "fr-FR"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(zebraPolish.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(archivePolish.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(archiveEnglish.Json.Str("route", "path"), Is.EqualTo("/zebra-news/archive/"));
            Assert.That(archiveEnglish.Json.GetProperty("cultures").PropertyNames(), Is.EqualTo(new[] { "en-GB" }), "not routable in pl-PL");
            Assert.That(items.Json.EnumerateArray().Select(item => item.Str("name")), Is.EqualTo(new[] { "O nas" }));
            Assert.That(unknownCulture.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(invariantInUnknownCulture.Json.Str("name"), Is.EqualTo("Culture site"));
        }
    }

    [Test]
    public async Task Paths_are_resolved_in_the_requested_culture()
    {
        var start = ("Start-Item", _site.Site.ToString());
        var polish = await Client.GetApiAsync("content/item/o-nas/kontakt/", ("Accept-Language", "pl-PL"), start);
        var polishPathInEnglish = await Client.GetApiAsync("content/item/o-nas/kontakt/", ("Accept-Language", "en-GB"), start);
        var english = await Client.GetApiAsync("content/item/about-us/contact/", start);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(polish.Json.Str("id"), Is.EqualTo(_site.Contact.ToString()));
            Assert.That(polish.Json.Str("name"), Is.EqualTo("Kontakt"));
            Assert.That(polishPathInEnglish.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(english.Json.Str("name"), Is.EqualTo("Contact"));
        }
    }

    [Test]
    public async Task Children_sorted_by_name_are_the_culture_s_pages_in_the_culture_s_names()
    {
        var query = $"content?fetch=children:{_site.Site}&sort=name:asc";
        var english = (await Client.GetApiAsync(query)).Json;
        var polish = (await Client.GetApiAsync(query, ("Accept-Language", "pl-PL"))).Json;
        var polishByPath = (await Client.GetApiAsync("content?fetch=children:/o-nas/", ("Accept-Language", "pl-PL"), ("Start-Item", _site.Site.ToString()))).Json;
        var descendants = (await Client.GetApiAsync($"content?fetch=descendants:{_site.Site}&take=100", ("Accept-Language", "pl-PL"))).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(english.Items().Strings("name"), Is.EqualTo(new[] { "About us", "Yellow pages", "Zebra news" }));
            Assert.That(polish.Items().Strings("name"), Is.EqualTo(new[] { "Adresy", "O nas" }));
            Assert.That(polish.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(polishByPath.Items().Strings("name"), Is.EqualTo(new[] { "Kontakt", "Opening times" }));
            Assert.That(descendants.Items().Strings("name"), Is.EquivalentTo(new[] { "O nas", "Kontakt", "Opening times", "Adresy" }));
        }
    }

    [Test]
    public async Task Ancestors_are_named_in_the_culture_and_none_are_found_for_a_page_not_in_it()
    {
        var polish = (await Client.GetApiAsync($"content?fetch=ancestors:{_site.Contact}", ("Accept-Language", "pl-PL"))).Json;
        var archive = (await Client.GetApiAsync($"content?fetch=ancestors:{_site.Archive}", ("Accept-Language", "pl-PL"))).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(polish.Items().Strings("name"), Is.EqualTo(new[] { "Culture site", "O nas" }));
            Assert.That(archive.GetProperty("total").GetInt32(), Is.Zero);
        }
    }

    [Test]
    public async Task Name_filters_match_the_culture_s_name()
    {
        var polish = (await Client.GetApiAsync("content?filter=name:kontakt", ("Accept-Language", "pl-PL"))).Json;
        var english = (await Client.GetApiAsync("content?filter=name:kontakt")).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(polish.Items().Strings("id"), Is.EqualTo(new[] { _site.Contact.ToString() }));
            Assert.That(english.GetProperty("total").GetInt32(), Is.Zero);
        }
    }

    [Test]
    public async Task A_picked_page_is_written_in_the_requested_culture()
    {
        var english = (await Client.GetApiAsync($"content/item/{_site.Yellow}")).Json.GetProperty("properties").GetProperty("related");
        var polish = (await Client.GetApiAsync($"content/item/{_site.Yellow}", ("Accept-Language", "pl-PL"))).Json.GetProperty("properties").GetProperty("related");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(english.Str("name"), Is.EqualTo("Contact"));
            Assert.That(english.Str("route", "path"), Is.EqualTo("/about-us/contact/"));
            Assert.That(polish.Str("name"), Is.EqualTo("Kontakt"));
            Assert.That(polish.Str("route", "path"), Is.EqualTo("/o-nas/kontakt/"));
            Assert.That(polish.TryGetProperty("cultures", out _), Is.False, "nested items have no cultures, as in Umbraco");
        }
    }

    [Test]
    public async Task Entity_tags_differ_per_culture_and_are_not_taken_across_cultures()
    {
        var english = await Client.GetApiAsync($"content/item/{_site.About}");
        var polish = await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-PL"));
        var polishWithEnglishTag = await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-PL"), ("If-None-Match", english.Header("ETag")!));
        var polishAgain = await Client.GetApiAsync($"content/item/{_site.About}", ("Accept-Language", "pl-PL"), ("If-None-Match", polish.Header("ETag")!));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(english.Header("ETag"), Is.Not.Null.And.Not.EqualTo(polish.Header("ETag")));
            Assert.That(english.Header("Vary"), Does.Contain("Accept-Language"));
            Assert.That(polishWithEnglishTag.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(polishAgain.Status, Is.EqualTo(HttpStatusCode.NotModified));
        }
    }

    [Test]
    public async Task A_new_default_language_is_delivered_at_once()
    {
        var languages = _host.Get<LanguageService>();
        try
        {
            var saved = await languages.SaveAsync(new Language { IsoCode = CultureSite.Polish, Name = "Polish", IsDefault = true });
            var item = await Client.GetApiAsync($"content/item/{_site.About}");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(saved.Succeeded, Is.True, saved.ToString());
                Assert.That(item.Json.Str("name"), Is.EqualTo("O nas"));
                Assert.That(item.Json.GetProperty("cultures").PropertyNames(), Is.EqualTo(new[] { "pl-PL", "en-GB" }), "the default language first");
            }
        }
        finally
        {
            var restored = await languages.SaveAsync(new Language { IsoCode = CultureSite.English, Name = "English (United Kingdom)", IsDefault = true });
            Assert.That(restored.Succeeded, Is.True, restored.ToString());
        }
    }

    [Test]
    public async Task Preview_shows_the_culture_s_draft_and_the_published_culture_is_unchanged()
    {
        var documents = _host.Get<DocumentService>();
        var draft = (await documents.GetAsync(_site.Yellow))!.Draft;
        var cultures = draft.Cultures.ToDictionary(
            pair => pair.Key,
            pair => new CultureVariantRequest(pair.Key == CultureSite.Polish ? "Adresy (szkic)" : pair.Value.Name, pair.Value.Values));
        var saved = await documents.SaveAsync(new NodeUpdateRequest(_site.Yellow, draft.Name, draft.Values, Cultures: cultures));
        (string, string)[] preview = [("Preview", "true"), ("Api-Key", SeedHost.ApiKey)];

        var polishPreview = await Client.GetApiAsync($"content/item/{_site.Yellow}", [("Accept-Language", "pl-PL"), .. preview]);
        var englishPreview = await Client.GetApiAsync($"content/item/{_site.Yellow}", preview);
        var polishPublished = await Client.GetApiAsync($"content/item/{_site.Yellow}", ("Accept-Language", "pl-PL"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(polishPreview.Json.Str("name"), Is.EqualTo("Adresy (szkic)"));
            Assert.That(englishPreview.Json.Str("name"), Is.EqualTo("Yellow pages"));
            Assert.That(polishPublished.Json.Str("name"), Is.EqualTo("Adresy"));
        }
    }

    [Test]
    public async Task Invariant_seed_content_ignores_the_culture()
    {
        var english = await Client.GetApiAsync($"content/item/{Seed.Home}");
        var polish = await Client.GetApiAsync($"content/item/{Seed.Home}", ("Accept-Language", "pl-PL"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(polish.Body, Is.EqualTo(english.Body));
            Assert.That(polish.Json.GetProperty("cultures").ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(polish.Json.GetProperty("cultures").PropertyNames(), Is.Empty);
        }
    }
}
