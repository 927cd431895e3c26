using System.Net;
using System.Text;
using Worcs.LocalOffer.DeliveryApi.Http;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Caching;

/// <summary>ETag, Last-Modified, 304 and Cache-Control on the public endpoints.</summary>
[TestFixture]
public sealed class HttpCachingTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [TestCase("content/item/5115b66c-0438-51bb-9530-f9cf76f2ab2b")]
    [TestCase("content/item/news-updates-and-feedback/")]
    [TestCase("content?fetch=children:/news-updates-and-feedback/&filter=contentType:newsArticle&sort=updateDate:desc&take=10")]
    [TestCase("content/items?id=5115b66c-0438-51bb-9530-f9cf76f2ab2b")]
    [TestCase("media/item/18c88806-80f4-5ed8-841f-1ed593d1025e")]
    [TestCase("media?fetch=children:/")]
    public async Task A_matching_if_none_match_is_304_without_a_body(string path)
    {
        var first = await Client.GetApiAsync(path);
        var etag = first.Header("ETag");
        var again = await Client.GetApiAsync(path, ("If-None-Match", etag!));
        var other = await Client.GetApiAsync(path, ("If-None-Match", "\"something-else\""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(etag, Does.Match("^\"[A-Za-z0-9_-]+\"$"));
            Assert.That(first.Header("Cache-Control"), Is.EqualTo("public, max-age=10, stale-while-revalidate=60"));
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(again.Body, Is.Empty);
            Assert.That(again.Header("ETag"), Is.EqualTo(etag));
            Assert.That(other.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.Body, Is.EqualTo(first.Body));
        }
    }

    [Test]
    public async Task The_same_content_has_the_same_etag_and_different_content_a_different_one()
    {
        var home = await Client.GetApiAsync($"content/item/{Seed.Home}");
        var homeAgain = await Client.GetApiAsync("content/item/");
        var news = await Client.GetApiAsync($"content/item/{Seed.NewsIndex}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(homeAgain.Header("ETag"), Is.EqualTo(home.Header("ETag")));
            Assert.That(news.Header("ETag"), Is.Not.EqualTo(home.Header("ETag")));
        }
    }

    [Test]
    public async Task A_list_sent_in_parts_is_whole_json_with_the_tag_of_its_bytes()
    {
        var page = await Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=3");
        var list = await Client.GetApiAsync($"content/items?id={Seed.Home}&id={Seed.NewsIndex}");
        var empty = await Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&skip=1000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Json.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
            Assert.That(list.Json.GetArrayLength(), Is.EqualTo(2));
            Assert.That(empty.Body, Does.StartWith("{\"total\":").And.EndWith(",\"items\":[]}"));
            foreach (var response in new[] { page, list, empty })
            {
                Assert.That(response.Message.Content.Headers.ContentLength, Is.EqualTo(Encoding.UTF8.GetByteCount(response.Body)));
                Assert.That(response.Header("ETag"), Is.EqualTo(EntityTags.Of(Encoding.UTF8.GetBytes(response.Body))));
            }
        }
    }

    [Test]
    public async Task Last_modified_is_the_items_update_date_and_if_modified_since_answers_304()
    {
        var first = await Client.GetApiAsync($"content/item/{Seed.NewsIndex}");
        var lastModified = first.Message.Content.Headers.LastModified;
        var since = await Client.GetApiAsync($"content/item/{Seed.NewsIndex}", ("If-Modified-Since", lastModified!.Value.ToString("R")));
        var before = await Client.GetApiAsync($"content/item/{Seed.NewsIndex}", ("If-Modified-Since", lastModified.Value.AddDays(-1).ToString("R")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lastModified, Is.EqualTo(DateTimeOffset.Parse(first.Json.Str("updateDate")!, System.Globalization.CultureInfo.InvariantCulture)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(since.Status, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(before.Status, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
