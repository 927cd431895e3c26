using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>With <c>RichTextOutputAsJson</c>, rich text is the <c>#root</c> element tree clients such as umbraco-rich-text read.</summary>
[TestFixture]
[NonParallelizable]
public sealed class RichTextJsonOutputTests
{
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:RichTextOutputAsJson"] = "true" });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Rich_text_is_an_element_tree_with_text_nodes()
    {
        var body = (await _host.Client.GetApiAsync($"content/item/{Seed.NewsIndex}")).Json.GetProperty("properties").GetProperty("body");
        var firstParagraph = body.GetProperty("elements")[0];
        var link = body.GetProperty("elements")[1].GetProperty("elements").EnumerateArray().First(element => element.Str("tag") == "a");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.PropertyNames(), Is.EqualTo(new[] { "tag", "attributes", "elements", "blocks" }));
            Assert.That(body.Str("tag"), Is.EqualTo("#root"));
            Assert.That(body.GetProperty("attributes").EnumerateObject(), Is.Empty);
            Assert.That(firstParagraph.Str("tag"), Is.EqualTo("p"));
            Assert.That(firstParagraph.GetProperty("elements")[0].PropertyNames(), Is.EqualTo(new[] { "text", "tag" }));
            Assert.That(firstParagraph.GetProperty("elements")[0].Str("tag"), Is.EqualTo("#text"));
            Assert.That(firstParagraph.GetProperty("elements")[0].Str("text"), Does.StartWith("Here you can catch up on news"));
            Assert.That(link.Str("attributes", "href"), Is.EqualTo("mailto:localoffer@worcestershire.gov.uk"));
            Assert.That(body.GetProperty("blocks").GetArrayLength(), Is.Zero);
            Assert.That(body.TryGetProperty("markup", out _), Is.False);
        }
    }

    [Test]
    public async Task Local_links_get_a_route_media_links_an_href_and_lost_links_neither()
    {
        var key = await LocalLinkArticle.PublishAsync(_host);
        var body = (await _host.Client.GetApiAsync($"content/item/{key}")).Json.GetProperty("properties").GetProperty("body");
        var links = body.GetProperty("elements")[0].GetProperty("elements").EnumerateArray().Where(element => element.Str("tag") == "a").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(links, Has.Count.EqualTo(3));
            Assert.That(links[0].GetProperty("attributes").PropertyNames(), Is.EqualTo(new[] { "route" }));
            Assert.That(links[0].Str("attributes", "route", "path"), Is.EqualTo("/news-updates-and-feedback/send-improvement-plan-one-year-on/"));
            Assert.That(links[0].Str("attributes", "route", "queryString"), Is.EqualTo("?year=1"));
            Assert.That(links[0].Str("attributes", "route", "startItem", "path"), Is.EqualTo(Seed.HomeSegment));
            Assert.That(links[1].Str("attributes", "href"), Is.EqualTo("/media/gieungwj/special-provision-capital-fund-plan.pdf"));
            Assert.That(links[2].GetProperty("attributes").EnumerateObject(), Is.Empty);
        }
    }

    [Test]
    public async Task Empty_rich_text_is_null()
    {
        var outcome = (await _host.Client.GetApiAsync($"content/item/{Seed.SendiassSurvey}")).Json.GetProperty("properties").GetProperty("outcome");

        Assert.That(outcome.ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
