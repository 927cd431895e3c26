using System.Net;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Publishing;

/// <summary>Changes made through the engine show in the API as soon as they commit; drafts only in preview.</summary>
[TestFixture]
[NonParallelizable]
public sealed class PublishingTests
{
    private static readonly Guid ShortTextDataType = Guid.Parse("e9971ba1-754c-5ef4-a6ed-bb6261667149");
    private SeedHost _host = null!;

    private DocumentService Documents => _host.Get<DocumentService>();

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Readiness_includes_the_loaded_cache()
    {
        var ready = await _host.Client.GetApiAsync("/health/ready");

        Assert.That(ready.Json.GetProperty("checks").GetProperty("deliveryApiCache").Str("status"), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task A_published_document_is_visible_at_once_and_an_unpublished_one_is_gone()
    {
        var key = await CreateArticleAsync("Published straight away", publish: true);

        var item = await _host.Client.GetApiAsync($"content/item/{key}");
        var byPath = await _host.Client.GetApiAsync("content/item/news-updates-and-feedback/published-straight-away/");
        var children = await _host.Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=100");
        var unpublished = await Documents.UnpublishAsync(key);
        var afterUnpublish = await _host.Client.GetApiAsync($"content/item/{key}");
        var childrenAfter = await _host.Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(item.Json.Str("name"), Is.EqualTo("Published straight away"));
            Assert.That(byPath.Json.Str("id"), Is.EqualTo(key.ToString()));
            Assert.That(children.Json.Items().Strings("id"), Does.Contain(key.ToString()));
            Assert.That(unpublished.Succeeded, Is.True);
            Assert.That(afterUnpublish.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(childrenAfter.Json.Items().Strings("id"), Does.Not.Contain(key.ToString()));
        }
    }

    [Test]
    public async Task A_saved_draft_shows_only_in_preview()
    {
        var key = await CreateArticleAsync("Draft test original", publish: true);
        var snapshot = await Documents.GetAsync(key);
        var saved = await Documents.SaveAsync(new NodeUpdateRequest(key, "Draft test changed", snapshot!.Draft.Values));

        var published = await _host.Client.GetApiAsync($"content/item/{key}");
        var preview = await _host.Client.GetApiAsync($"content/item/{key}", ("Preview", "true"), ("Api-Key", SeedHost.ApiKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True);
            Assert.That(published.Json.Str("name"), Is.EqualTo("Draft test original"));
            Assert.That(preview.Json.Str("name"), Is.EqualTo("Draft test changed"));
            Assert.That(preview.Header("Cache-Control"), Does.Contain("private").And.Contain("no-store"));
        }
    }

    [Test]
    public async Task A_never_published_document_is_only_in_preview_with_a_preview_route()
    {
        var key = await CreateArticleAsync("Never published", publish: false);

        var published = await _host.Client.GetApiAsync($"content/item/{key}");
        var preview = await _host.Client.GetApiAsync($"content/item/{key}", ("Preview", "true"), ("Api-Key", SeedHost.ApiKey));
        var previewByRoute = await _host.Client.GetApiAsync($"content/item/preview-{key}", ("Preview", "true"), ("Api-Key", SeedHost.ApiKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(preview.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(preview.Json.Str("route", "path"), Is.EqualTo($"/preview-{key}/"));
            Assert.That(previewByRoute.Json.Str("id"), Is.EqualTo(key.ToString()));
        }
    }

    [Test]
    public async Task Sorting_changes_the_default_tree_order()
    {
        var before = (await _host.Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=100")).Json.Items().Strings("id");
        var allChildren = (await Documents.GetChildrenAsync(Seed.NewsIndex)).Select(child => child.Key).Reverse().ToList();

        var sorted = await Documents.SortAsync(Seed.NewsIndex, allChildren);
        var after = (await _host.Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=100")).Json.Items().Strings("id");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sorted.Succeeded, Is.True);
            Assert.That(after, Is.EqualTo(before.Reverse()));
        }
    }

    [Test]
    public async Task A_trashed_document_is_gone_and_its_etag_changes_on_republish()
    {
        var key = await CreateArticleAsync("Soon trashed", publish: true);
        var first = await _host.Client.GetApiAsync($"content/item/{key}");
        var snapshot = await Documents.GetAsync(key);
        await Documents.SaveAsync(new NodeUpdateRequest(key, "Soon trashed, renamed", snapshot!.Draft.Values), publish: true);
        var renamed = await _host.Client.GetApiAsync($"content/item/{key}", ("If-None-Match", first.Header("ETag")!));
        var trashed = await Documents.TrashAsync(key);
        var gone = await _host.Client.GetApiAsync($"content/item/{key}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(renamed.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(renamed.Json.Str("name"), Is.EqualTo("Soon trashed, renamed"));
            Assert.That(trashed.Succeeded, Is.True);
            Assert.That(gone.Status, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Rich_text_local_links_become_routes_in_the_markup()
    {
        var key = await LocalLinkArticle.PublishAsync(_host);

        var markup = (await _host.Client.GetApiAsync($"content/item/{key}")).Json.Str("properties", "body", "markup");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(markup, Does.Contain("<a href=\"/news-updates-and-feedback/send-improvement-plan-one-year-on/?year=1\">the plan</a>"));
            Assert.That(markup, Does.Contain("<a href=\"/media/gieungwj/special-provision-capital-fund-plan.pdf\">the PDF</a>"));
            Assert.That(markup, Does.Contain("<a>a lost page</a>"));
            Assert.That(markup, Does.Not.Contain("localLink"));
        }
    }

    [Test]
    public async Task A_saved_media_item_is_visible_at_once_also_inside_pickers()
    {
        var media = _host.Get<MediaService>();
        var snapshot = await media.GetAsync(Seed.CapitalFundPlanPdf);
        var saved = await media.SaveAsync(new NodeUpdateRequest(Seed.CapitalFundPlanPdf, "Capital fund plan (PDF)", snapshot!.Draft.Values));

        var item = await _host.Client.GetApiAsync($"media/item/{Seed.CapitalFundPlanPdf}");
        var picked = await _host.Client.GetApiAsync($"content/item/{Seed.CapitalFundPlan}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(item.Json.Str("name"), Is.EqualTo("Capital fund plan (PDF)"));
            Assert.That(item.Json.Str("path"), Is.EqualTo("/downloads/capital fund plan (pdf)/"));
            Assert.That(picked.Json.GetProperty("properties").GetProperty("planDownload")[0].Str("name"), Is.EqualTo("Capital fund plan (PDF)"));
        }
    }

    [Test]
    public async Task Republishing_a_parent_delivers_its_published_children_again()
    {
        var unpublished = await Documents.UnpublishAsync(Seed.NewsIndex);
        var hidden = await _host.Client.GetApiAsync($"content/item/{Seed.CapitalFundPlan}");
        var hiddenQuery = await _host.Client.GetApiAsync("content?take=100");
        var republished = await Documents.PublishAsync(Seed.NewsIndex);
        var shown = await _host.Client.GetApiAsync($"content/item/{Seed.CapitalFundPlan}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unpublished.Succeeded && republished.Succeeded, Is.True);
            Assert.That(hidden.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(hiddenQuery.Json.Items().Strings("id"), Is.EqualTo(new[] { Seed.Home.ToString() }));
            Assert.That(shown.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(shown.Json.Str("route", "path"), Is.EqualTo(Seed.CapitalFundPlanPath));
        }
    }

    [Test]
    public async Task A_property_added_to_a_type_appears_on_its_items_at_once()
    {
        var types = _host.Get<ContentTypeService>();
        var article = (await types.GetAllAsync()).Single(type => type.Alias == "newsArticle");
        article.Properties.Add(new PropertyType
        {
            Key = Guid.NewGuid(),
            Alias = "standfirst",
            Name = "Standfirst",
            DataTypeKey = ShortTextDataType,
            GroupAlias = article.Properties[0].GroupAlias,
            SortOrder = 99,
        });
        var saved = await types.SaveAsync(article, article.Revision);

        var item = await _host.Client.GetApiAsync($"content/item/{Seed.CabinetArticle}");
        var filtered = await _host.Client.GetApiAsync("content?filter=standfirst:!anything&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(item.Json.GetProperty("properties").PropertyNames(), Does.Contain("standfirst"));
            Assert.That(filtered.Status, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Many_items_published_in_one_commit_rebuild_the_cache_once_and_all_show()
    {
        var cache = _host.Get<PublishedContentCache>();
        var template = await Documents.GetAsync(Seed.CabinetArticle);
        var generationBefore = cache.Current.Generation;

        var keys = await _host.Get<IUnitOfWorkFactory>().RunAtomicallyAsync(
            async cancellationToken =>
            {
                var created = new List<Guid>();
                for (var i = 1; i <= 5; i++)
                {
                    var result = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", $"Batch article {i}", Seed.NewsIndex, template!.Draft.Values), publish: true, cancellationToken);
                    created.Add(result.Value!.Key);
                }

                return created;
            },
            created => created.Count == 5,
            CancellationToken.None);

        var children = await _host.Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=100");
        Assert.That(children.Json.Items().Strings("id"), Is.SupersetOf(keys.Select(key => key.ToString())));
        Assert.That(cache.Current.Generation, Is.EqualTo(generationBefore + 1), "one rebuild for the whole commit");
    }

    private async Task<Guid> CreateArticleAsync(string name, bool publish)
    {
        var template = await Documents.GetAsync(Seed.CabinetArticle);
        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", name, Seed.NewsIndex, template!.Draft.Values), publish);
        Assert.That(created.Succeeded, Is.True, created.ToString());
        return created.Value!.Key;
    }
}
