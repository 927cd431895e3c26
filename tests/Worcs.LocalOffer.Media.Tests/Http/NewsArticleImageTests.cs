using System.Globalization;
using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Media.Tests.Support;

namespace Worcs.LocalOffer.Media.Tests.Http;

/// <summary>
/// A news article's picture from the seed content model (the News image picker over an Image media item) through the
/// host: the alt text rule on publish, the Delivery API output, and resizing with the delivered crop and focal point.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class NewsArticleImageTests
{
    private static readonly Guid NewsIndex = Guid.Parse("a9feef4c-73db-5462-ad67-2f27b044e7a1");
    private const string AltText = "A parent and a SENDIASS adviser talking at a roadshow stand in a library.";
    private MediaHost _host = null!;
    private Guid _image;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await MediaHost.StartAsync();
        _image = await _host.CreateImageAsync("news/roadshow.jpg", 1600, 900);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private DocumentService Documents => _host.Get<DocumentService>();

    [Test]
    public async Task An_article_with_a_picture_and_no_alt_text_is_not_published()
    {
        var result = await Documents.CreateAsync(Article("Picture without words", altText: null), publish: true);

        Assert.That(result.Status, Is.EqualTo(OperationStatus.Invalid));
        Assert.That(result.Errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.imageAltText" }));
        Assert.That(result.Errors.Single().Message, Does.Contain("alt text"));
    }

    [Test]
    public async Task The_delivered_picture_has_its_url_the_pickers_crops_and_focal_point_and_the_alt_text()
    {
        var properties = await PublishAndDeliverAsync("Roadshow dates announced");
        var picture = properties.GetProperty("image").EnumerateArray().Single();
        var crops = picture.GetProperty("crops").EnumerateArray().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(picture.GetProperty("id").GetString(), Is.EqualTo(_image.ToString()));
            Assert.That(picture.GetProperty("mediaType").GetString(), Is.EqualTo("Image"));
            Assert.That(picture.GetProperty("url").GetString(), Is.EqualTo("/media/news/roadshow.jpg"));
            Assert.That(picture.GetProperty("focalPoint").GetProperty("left").GetDecimal(), Is.EqualTo(0.3m));
            Assert.That(picture.GetProperty("focalPoint").GetProperty("top").GetDecimal(), Is.EqualTo(0.4m));
            Assert.That(crops.Select(crop => crop.GetProperty("alias").GetString()), Is.EqualTo(new[] { "card", "hero", "square" }),
                "the picker's crops first, then the media type's crops it does not redefine");
            Assert.That(crops.Select(crop => (crop.GetProperty("width").GetInt32(), crop.GetProperty("height").GetInt32())),
                Is.EqualTo(new[] { (800, 450), (1600, 600), (300, 300) }));
            Assert.That(crops[0].GetProperty("coordinates").GetProperty("y1").GetDecimal(), Is.EqualTo(0.05m));
            Assert.That(crops[1].GetProperty("coordinates").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(properties.GetProperty("imageAltText").GetString(), Is.EqualTo(AltText));
        }
    }

    [Test]
    public async Task The_card_crop_and_the_hero_at_the_focal_point_resize_from_the_delivered_url()
    {
        var picture = (await PublishAndDeliverAsync("SEND newsletter published")).GetProperty("image")[0];
        var url = picture.GetProperty("url").GetString();
        var card = picture.GetProperty("crops")[0].GetProperty("coordinates");
        var focalPoint = picture.GetProperty("focalPoint");
        var cc = string.Join(",", new[] { "x1", "y1", "x2", "y2" }.Select(name => Number(card.GetProperty(name))));

        using var cardResponse = await _host.Client.GetAsync($"{url}?cc={cc}&width=800&height=450");
        using var heroResponse = await _host.Client.GetAsync($"{url}?width=1600&height=600&rxy={Number(focalPoint.GetProperty("left"))},{Number(focalPoint.GetProperty("top"))}&rmode=crop");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cardResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(cardResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
            Assert.That(Size(await cardResponse.Content.ReadAsByteArrayAsync()), Is.EqualTo((800, 450)));
            Assert.That(heroResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Size(await heroResponse.Content.ReadAsByteArrayAsync()), Is.EqualTo((1600, 600)));
        }
    }

    private async Task<JsonElement> PublishAndDeliverAsync(string title)
    {
        var published = await Documents.CreateAsync(Article(title, AltText), publish: true);
        Assert.That(published.Succeeded, Is.True, () => string.Join("; ", published.Errors));

        using var response = await _host.Client.GetAsync($"/umbraco/delivery/api/v2/content/item/{published.Value!.Key}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("properties").Clone();
    }

    private NodeCreateRequest Article(string title, string? altText) => new("newsArticle", title, NewsIndex, new Dictionary<string, string?>
    {
        ["title"] = title,
        ["summary"] = "Dates and venues for this term's SEND information sessions.",
        ["body"] = """{"blocks":null,"markup":"<p>Sessions run across the county this term.</p>"}""",
        ["publishDate"] = """{"date":"2026-12-01T00:00:00+00:00","timeZone":null}""",
        ["image"] = $$$"""
            [{"key":"{{{Guid.NewGuid()}}}","mediaKey":"{{{_image}}}","mediaTypeAlias":"Image",
              "crops":[{"alias":"card","width":800,"height":450,"coordinates":{"x1":0.1,"y1":0.05,"x2":0.1,"y2":0.05}}],
              "focalPoint":{"left":0.3,"top":0.4}}]
            """,
        ["imageAltText"] = altText,
    });

    private static string Number(JsonElement value) => value.GetDecimal().ToString(CultureInfo.InvariantCulture);

    private static (int Width, int Height) Size(byte[] bytes)
    {
        var (width, height, _) = TestImages.Decode(bytes);
        return (width, height);
    }
}
