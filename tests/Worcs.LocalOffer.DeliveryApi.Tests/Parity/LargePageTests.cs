using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Parity;

/// <summary>
/// A page as large as asked for (Umbraco has no cap). Pages of cached items keep their entity tag; long pages rendered
/// afresh (a custom <c>expand</c>) are streamed, so they have neither an entity tag nor a length.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LargePageTests
{
    private const int Generated = 120;
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SeedHost.StartAsync();
        var documents = _host.Get<DocumentService>();
        var template = await documents.GetAsync(Seed.CabinetArticle);
        for (var index = 0; index < Generated; index++)
        {
            var created = await documents.CreateAsync(new NodeCreateRequest("newsArticle", $"Generated article {index:D3}", Seed.NewsIndex, template!.Draft.Values), true);
            Assert.That(created.Succeeded, Is.True, created.ToString());
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_long_page_of_cached_items_has_an_entity_tag_and_every_item()
    {
        var page = await _host.Client.GetApiAsync("content?skip=0&take=10000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Json.Items(), Has.Count.EqualTo(Seed.DocumentCount + Generated));
            Assert.That(page.Header("ETag"), Is.Not.Null);
            Assert.That(page.Message.Content.Headers.ContentLength, Is.EqualTo(System.Text.Encoding.UTF8.GetByteCount(page.Body)));
        }
    }

    [Test]
    public async Task A_long_page_rendered_afresh_is_streamed_whole_without_an_entity_tag()
    {
        var page = await _host.Client.GetApiAsync("content?skip=0&take=10000&expand=properties[$all]");
        var cached = await _host.Client.GetApiAsync("content?skip=0&take=10000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount + Generated));
            Assert.That(page.Json.Items().Strings("id"), Is.EqualTo(cached.Json.Items().Strings("id")));
            Assert.That(page.Header("ETag"), Is.Null);
            Assert.That(page.Message.Headers.TransferEncodingChunked, Is.True);
        }
    }
}
