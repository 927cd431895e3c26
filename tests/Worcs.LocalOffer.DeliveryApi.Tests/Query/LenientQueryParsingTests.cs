using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Query;

/// <summary>With <c>LocalOffer:DeliveryApi:LenientQueryParsing</c>, malformed values behave as in Umbraco instead of 400.</summary>
[TestFixture]
[NonParallelizable]
public sealed class LenientQueryParsingTests
{
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync(new Dictionary<string, string?> { ["LocalOffer:DeliveryApi:LenientQueryParsing"] = "true" });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Malformed_expand_and_fields_are_ignored()
    {
        var expand = await _host.Client.GetApiAsync($"content/item/{Seed.Home}?expand=properties[newsPage");
        var fields = await _host.Client.GetApiAsync($"content/item/{Seed.Home}?fields=title");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expand.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(expand.Json.GetProperty("properties").GetProperty("newsPage").GetProperty("properties").EnumerateObject(), Is.Empty);
            Assert.That(fields.Json.GetProperty("properties").PropertyNames(), Does.Contain("localOfferName").And.Contain("newsPage"));
        }
    }

    [Test]
    public async Task Malformed_filter_values_match_nothing_and_misread_directions_sort_as_umbraco_sorts()
    {
        var badDate = await _host.Client.GetApiAsync("content?filter=createDate>yesterday");
        var upper = await _host.Client.GetApiAsync("content?sort=name:ASC&take=100");
        var bigTake = await _host.Client.GetApiAsync("content?take=5000");
        var direction = await _host.Client.GetApiAsync("content?sort=name:ascending&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(badDate.Json.GetProperty("total").GetInt32(), Is.Zero);
            Assert.That(upper.Json.Items().Strings("name"), Is.Ordered.Descending.Using((IComparer<string?>)StringComparer.OrdinalIgnoreCase));
            Assert.That(bigTake.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bigTake.Json.Items(), Has.Count.EqualTo(Seed.DocumentCount));
            Assert.That(direction.Json.Items().Strings("name"), Is.Ordered.Using((IComparer<string?>)StringComparer.OrdinalIgnoreCase));
        }
    }

    [Test]
    public async Task Unknown_options_are_still_refused_as_Umbraco_refuses_them()
    {
        var filter = await _host.Client.GetApiAsync("content?filter=colour:red");
        var sort = await _host.Client.GetApiAsync("content?sort=colour:asc");
        var fetch = await _host.Client.GetApiAsync("content?fetch=siblings:/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(filter.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(sort.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(fetch.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }
}
