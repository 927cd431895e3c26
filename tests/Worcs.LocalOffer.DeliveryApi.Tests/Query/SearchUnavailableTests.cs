using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.DeliveryApi.FullText;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Query;

/// <summary>A search that cannot answer yet is a 503 a front end can retry, not an empty page.</summary>
[TestFixture]
public sealed class SearchUnavailableTests
{
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync(configureServices: services => services.AddSingleton<IFullTextSearch, NotReadySearch>());

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_search_that_is_not_ready_is_503_with_retry_after_and_the_reason()
    {
        var response = await _host.Client.GetApiAsync("content?q=ehcp");
        var listing = await _host.Client.GetApiAsync("content?take=1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Header("Retry-After"), Is.EqualTo("5"));
            Assert.That(response.Json.Str("detail"), Is.EqualTo("The search index is being built."));
            Assert.That(listing.Status, Is.EqualTo(HttpStatusCode.OK), "queries without q still answer");
        }
    }

    private sealed class NotReadySearch : IFullTextSearch
    {
        public Task<FullTextResults> SearchAsync(FullTextQuery query, CancellationToken cancellationToken) =>
            throw new FullTextUnavailableException("The search index is being built.");
    }
}
