using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Content;

/// <summary>The content item endpoints over real HTTP: by id, by path, several by id; shapes as Umbraco 17 writes them.</summary>
[TestFixture]
public sealed class ContentItemTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [Test]
    public async Task Item_by_id_has_Umbracos_content_shape_in_order()
    {
        var response = await Client.GetApiAsync($"content/item/{Seed.CapitalFundPlan}");
        var item = response.Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(item.PropertyNames(), Is.EqualTo(new[] { "contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures" }));
            Assert.That(item.Str("contentType"), Is.EqualTo("capitalFundPlan"));
            Assert.That(item.Str("name"), Is.EqualTo("Special Provision Capital Fund"));
            Assert.That(item.Str("id"), Is.EqualTo(Seed.CapitalFundPlan.ToString()));
            Assert.That(item.Str("createDate"), Is.EqualTo("2019-05-01T09:00:00Z"));
            Assert.That(item.Str("updateDate"), Does.EndWith("Z"));
            Assert.That(item.GetProperty("route").PropertyNames(), Is.EqualTo(new[] { "path", "queryString", "startItem" }));
            Assert.That(item.Str("route", "path"), Is.EqualTo(Seed.CapitalFundPlanPath));
            Assert.That(item.GetProperty("route").GetProperty("queryString").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.Str("route", "startItem", "id"), Is.EqualTo(Seed.Home.ToString()));
            Assert.That(item.Str("route", "startItem", "path"), Is.EqualTo(Seed.HomeSegment));
            Assert.That(item.GetProperty("cultures").EnumerateObject(), Is.Empty);
        }
    }

    [Test]
    public async Task Item_by_path_finds_the_same_item_with_or_without_slashes()
    {
        var withSlashes = await Client.GetApiAsync($"content/item{Seed.CapitalFundPlanPath}");
        var withoutTrailing = await Client.GetApiAsync("content/item/news-updates-and-feedback/special-provision-capital-fund");
        var encoded = await Client.GetApiAsync("content/item/news-updates-and-feedback%2Fspecial-provision-capital-fund");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withSlashes.Json.Str("id"), Is.EqualTo(Seed.CapitalFundPlan.ToString()));
            Assert.That(withoutTrailing.Json.Str("id"), Is.EqualTo(Seed.CapitalFundPlan.ToString()));
            Assert.That(encoded.Json.Str("id"), Is.EqualTo(Seed.CapitalFundPlan.ToString()));
        }
    }

    [Test]
    public async Task The_root_path_is_the_home_page()
    {
        var root = await Client.GetApiAsync("content/item/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(root.Json.Str("id"), Is.EqualTo(Seed.Home.ToString()));
            Assert.That(root.Json.Str("route", "path"), Is.EqualTo("/"));
        }
    }

    [Test]
    public async Task Unknown_id_or_path_is_404_problem_details()
    {
        var byId = await Client.GetApiAsync($"content/item/{Guid.NewGuid()}");
        var byPath = await Client.GetApiAsync("content/item/no/such/page");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byId.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(byPath.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(byId.Header("Content-Type"), Does.StartWith("application/problem+json"));
            Assert.That(byId.Json.GetProperty("status").GetInt32(), Is.EqualTo(404));
            Assert.That(byId.Json.Str("title"), Is.EqualTo("Not Found"));
        }
    }

    [Test]
    public async Task Items_returns_the_known_ids_in_request_order_and_drops_unknown_ones()
    {
        var response = await Client.GetApiAsync($"content/items?id={Seed.NewsIndex}&id={Guid.NewGuid()}&id={Seed.Home}&id={Seed.NewsIndex}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Json.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(response.Json.EnumerateArray().Strings("id"), Is.EqualTo(new[] { Seed.NewsIndex.ToString(), Seed.Home.ToString() }));
        }
    }

    [Test]
    public async Task Items_with_an_invalid_guid_is_400_naming_the_id()
    {
        var response = await Client.GetApiAsync("content/items?id=not-a-guid");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Json.Str("parameter"), Is.EqualTo("id"));
            Assert.That(response.Json.Str("detail"), Does.Contain("not-a-guid"));
        }
    }

    [Test]
    public async Task Start_item_scopes_paths_and_unknown_start_item_is_404()
    {
        var bySegment = await Client.GetApiAsync("content/item/news-updates-and-feedback/", ("Start-Item", Seed.HomeSegment));
        var byId = await Client.GetApiAsync("content/item/news-updates-and-feedback/", ("Start-Item", Seed.Home.ToString()));
        var unknown = await Client.GetApiAsync("content/item/news-updates-and-feedback/", ("Start-Item", "nowhere"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bySegment.Json.Str("id"), Is.EqualTo(Seed.NewsIndex.ToString()));
            Assert.That(byId.Json.Str("id"), Is.EqualTo(Seed.NewsIndex.ToString()));
            Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.Body, Is.EqualTo("The Start-Item could not be found"));
        }
    }

    [Test]
    public async Task Accept_language_is_accepted_and_invariant_content_has_no_cultures()
    {
        var response = await Client.GetApiAsync($"content/item/{Seed.Home}", ("Accept-Language", "en-GB"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Json.GetProperty("cultures").EnumerateObject(), Is.Empty);
            Assert.That(response.Header("Vary"), Does.Contain("Accept-Language").And.Contain("Preview").And.Contain("Start-Item"));
        }
    }
}
