using System.Net;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests.Http;

/// <summary>Unpublished content never comes back from <c>?q=</c>, through real HTTP.</summary>
[TestFixture]
public sealed class SearchPublishStateTests
{
    private SearchHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SearchHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task An_unpublished_page_leaves_the_results()
    {
        var key = SeedContent.AutismActKey.ToString("D");
        var (_, before, _) = await _host.SearchAsync("autism act", "take=50");
        Assert.That(Ids(before), Does.Contain(key), "the seed page is found before it is unpublished");

        var result = await _host.Get<DocumentService>().UnpublishAsync(SeedContent.AutismActKey);
        Assert.That(result.Succeeded, Is.True, result.ToString());

        await Eventually.Until(
            async () => (await _host.SearchAsync("autism act", "take=50")).Body,
            body => !Ids(body).Contains(key),
            "the unpublished page to leave the search results");
        var (itemStatus, _, _) = await _host.GetJsonAsync($"{SearchHost.Api}/content/item/{key}");
        var (_, relaxed, _) = await _host.SearchAsync("autism", "take=100");

        Assert.Multiple(() =>
        {
            Assert.That(itemStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Ids(relaxed), Does.Not.Contain(key));
        });
    }

    private static List<string?> Ids(System.Text.Json.JsonElement body) =>
        [.. body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString())];
}
