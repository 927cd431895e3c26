using System.Net;

namespace Worcs.LocalOffer.Search.Tests.Http;

/// <summary><c>?q=</c> under the Delivery API's access settings: no public access, and a disallowed document type.</summary>
[TestFixture]
public sealed class SearchAccessTests
{
    private const string DeliveryKey = "delivery-key-for-search-tests";
    private const string HiddenType = "newsArticle";
    private SearchHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SearchHost.StartAsync(new Dictionary<string, string?>
    {
        ["Umbraco:CMS:DeliveryApi:PublicAccess"] = "false",
        ["Umbraco:CMS:DeliveryApi:ApiKey"] = DeliveryKey,
        ["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = HiddenType,
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Without_public_access_a_search_needs_the_api_key()
    {
        var (status, _, _) = await _host.SearchAsync("autism");

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_disallowed_type_is_neither_listed_nor_counted()
    {
        var (status, body, message) = await _host.SearchAsync("send", "take=100", DeliveryKey);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("total").GetInt64(), Is.GreaterThan(0));
            Assert.That(body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("contentType").GetString()), Has.None.EqualTo(HiddenType));
            Assert.That(body.GetProperty("facets").GetProperty("contentType").EnumerateArray().Select(value => value.GetProperty("value").GetString()), Has.None.EqualTo(HiddenType));
            Assert.That(message.Headers.CacheControl!.Private, Is.True);
        });
    }

    [Test]
    public async Task Filtering_on_a_disallowed_type_finds_nothing()
    {
        var (status, body, _) = await _host.SearchAsync("autism", $"filter=contentType:{HiddenType}", DeliveryKey);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("total").GetInt64(), Is.Zero);
    }
}
