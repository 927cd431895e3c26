using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Access;

/// <summary>Api-Key, Preview and PublicAccess, as Umbraco applies them.</summary>
[TestFixture]
public sealed class AccessTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [TestCase("content")]
    [TestCase("content/item/5115b66c-0438-51bb-9530-f9cf76f2ab2b")]
    [TestCase("content/item/news-updates-and-feedback/")]
    [TestCase("content/items?id=5115b66c-0438-51bb-9530-f9cf76f2ab2b")]
    public async Task Preview_without_a_valid_key_is_401(string path)
    {
        var noKey = await Client.GetApiAsync(path, ("Preview", "true"));
        var wrongKey = await Client.GetApiAsync(path, ("Preview", "true"), ("Api-Key", "wrong"));
        var withKey = await Client.GetApiAsync(path, ("Preview", "True"), ("Api-Key", SeedHost.ApiKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(noKey.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(noKey.Header("Content-Type"), Does.StartWith("application/problem+json"));
            Assert.That(wrongKey.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(withKey.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withKey.Header("Cache-Control"), Does.Contain("private").And.Contain("no-store"));
        }
    }

    [Test]
    public async Task Public_access_needs_no_key_and_a_key_makes_the_answer_private()
    {
        var anonymous = await Client.GetApiAsync("content");
        var keyed = await Client.GetApiAsync("content", ("Api-Key", SeedHost.ApiKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(anonymous.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(anonymous.Header("Cache-Control"), Does.StartWith("public"));
            Assert.That(keyed.Header("Cache-Control"), Does.Contain("private").And.Contain("no-store"));
        }
    }

    [Test]
    public async Task Without_public_access_every_endpoint_needs_the_key()
    {
        await using var host = await SeedHost.StartAsync(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:PublicAccess"] = "false" });

        var paths = new[] { "content", $"content/item/{Seed.Home}", "content/item/", $"content/items?id={Seed.Home}", "media?fetch=children:/", $"media/item/{Seed.DownloadsFolder}" };
        foreach (var path in paths)
        {
            var anonymous = await host.Client.GetApiAsync(path);
            var keyed = await host.Client.GetApiAsync(path, ("Api-Key", SeedHost.ApiKey));
            using (Assert.EnterMultipleScope())
            {
                Assert.That(anonymous.Status, Is.EqualTo(HttpStatusCode.Unauthorized), path);
                Assert.That(keyed.Status, Is.EqualTo(HttpStatusCode.OK), path);
            }
        }
    }

    [Test]
    public async Task No_key_is_configured_by_default_so_preview_is_refused_whatever_is_sent()
    {
        await using var host = await SeedHost.StartAsync(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:ApiKey"] = "" });

        var empty = await host.Client.GetApiAsync("content", ("Preview", "true"), ("Api-Key", ""));
        var any = await host.Client.GetApiAsync("content", ("Preview", "true"), ("Api-Key", "anything"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(any.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task Disabled_api_and_disabled_media_answer_401_as_umbracos_access_filter_does()
    {
        await using var disabled = await SeedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "false",
        });
        await using var noMedia = await SeedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:Media:Enabled"] = "false",
        });

        using (Assert.EnterMultipleScope())
        {
            foreach (var path in new[] { "content", $"content/item/{Seed.Home}", "content/item/news-updates-and-feedback/", $"content/items?id={Seed.Home}", "media?fetch=children:/", $"media/item/{Seed.DownloadsFolder}" })
            {
                var refused = await disabled.Client.GetApiAsync(path);
                Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.Unauthorized), path);
                Assert.That(refused.Json.GetProperty("status").GetInt32(), Is.EqualTo(401), path);
            }

            Assert.That((await noMedia.Client.GetApiAsync("media?fetch=children:/")).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await noMedia.Client.GetApiAsync($"media/item/{Seed.DownloadsFolder}")).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await noMedia.Client.GetApiAsync("content")).Status, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Disallowed_content_types_are_never_delivered()
    {
        await using var host = await SeedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = "consultation",
        });

        var item = await host.Client.GetApiAsync($"content/item/{Seed.GraduatedResponseConsultation}");
        var query = await host.Client.GetApiAsync("content?take=100");
        var items = await host.Client.GetApiAsync($"content/items?id={Seed.GraduatedResponseConsultation}&id={Seed.Home}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(query.Json.Items().Strings("contentType"), Has.None.EqualTo("consultation"));
            Assert.That(query.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount - 3));
            Assert.That(items.Json.EnumerateArray().Strings("id"), Is.EqualTo(new[] { Seed.Home.ToString() }));
        }
    }

    [Test]
    public async Task An_allowed_list_delivers_only_those_types_and_wins_over_the_disallowed_one()
    {
        await using var host = await SeedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:0"] = "home",
            ["Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:1"] = "consultation",
            ["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = "consultation",
        });

        var query = await host.Client.GetApiAsync("content?take=100");
        var article = await host.Client.GetApiAsync($"content/item/{Seed.CabinetArticle}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(query.Json.Items().Strings("contentType").Distinct(), Is.EquivalentTo(new[] { "home", "consultation" }));
            Assert.That(article.Status, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }
}
