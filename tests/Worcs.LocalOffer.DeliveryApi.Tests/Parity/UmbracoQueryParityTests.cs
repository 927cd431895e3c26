using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Parity;

/// <summary>Query input Umbraco 17 answers with 200 gets 200 here with the same items; what it refuses we refuse.</summary>
[TestFixture]
public sealed class UmbracoQueryParityTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [Test]
    public async Task Take_has_no_cap_as_in_umbracos_own_acceptance_helper()
    {
        var all = await Client.GetApiAsync("content?skip=0&take=10000");
        var expanded = await Client.GetApiAsync("content?skip=0&take=10000&expand=properties[$all]");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Status, Is.EqualTo(HttpStatusCode.OK), all.Body);
            Assert.That(all.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount));
            Assert.That(all.Json.Items(), Has.Count.EqualTo(Seed.DocumentCount));
            Assert.That(expanded.Status, Is.EqualTo(HttpStatusCode.OK), expanded.Body);
            Assert.That(expanded.Json.Items().Strings("id"), Is.EqualTo(all.Json.Items().Strings("id")));
        }
    }

    [Test]
    public async Task Option_names_match_case_insensitively_and_path_sorts_in_tree_order()
    {
        var lower = await Client.GetApiAsync("content?filter=contentType:newsArticle&sort=name:asc&take=100");
        var mixed = await Client.GetApiAsync("content?filter=ContentType:newsArticle&sort=Name:asc&take=100");
        var descUpper = await Client.GetApiAsync("content?sort=createDate:DESC&take=100");
        var descLower = await Client.GetApiAsync("content?sort=createDate:desc&take=100");
        var byPath = await Client.GetApiAsync("content?sort=path:asc&take=100");
        var treeOrder = await Client.GetApiAsync("content?take=100");
        var fetchUpper = await Client.GetApiAsync($"content?fetch=Children:{Seed.NewsIndex}&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mixed.Status, Is.EqualTo(HttpStatusCode.OK), mixed.Body);
            Assert.That(mixed.Json.Items().Strings("id"), Is.EqualTo(lower.Json.Items().Strings("id")).And.Not.Empty);
            Assert.That(descUpper.Json.Items().Strings("id"), Is.EqualTo(descLower.Json.Items().Strings("id")));
            Assert.That(byPath.Status, Is.EqualTo(HttpStatusCode.OK), byPath.Body);
            Assert.That(byPath.Json.Items().Strings("id"), Is.EqualTo(treeOrder.Json.Items().Strings("id")));
            Assert.That(fetchUpper.Json.Items(), Has.Count.EqualTo(Seed.NewsIndexChildren));
        }
    }

    [Test]
    public async Task All_selections_work_at_the_root_and_nested()
    {
        var rootAll = await Client.GetApiAsync($"content/item/{Seed.Home}?expand=$all&fields=$all");
        var propertiesAll = await Client.GetApiAsync($"content/item/{Seed.Home}?expand=properties[$all]");
        var nestedAll = await Client.GetApiAsync($"content/item/{Seed.Home}?expand=properties[newsPage[$all]]");
        var nestedProperties = await Client.GetApiAsync($"content/item/{Seed.Home}?expand=properties[newsPage[properties[$all]]]");
        var deep = "properties[newsPage" + string.Concat(Enumerable.Repeat("[properties[newsPage", 10)) + new string(']', 21);
        var tenLevels = await Client.GetApiAsync($"content/item/{Seed.Home}?expand={deep}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rootAll.Status, Is.EqualTo(HttpStatusCode.OK), rootAll.Body);
            Assert.That(rootAll.Body, Is.EqualTo(propertiesAll.Body));
            Assert.That(rootAll.Json.GetProperty("properties").GetProperty("newsPage").GetProperty("properties").EnumerateObject(), Is.Not.Empty);
            Assert.That(nestedAll.Status, Is.EqualTo(HttpStatusCode.OK), nestedAll.Body);
            Assert.That(nestedAll.Body, Is.EqualTo(nestedProperties.Body));
            Assert.That(tenLevels.Status, Is.EqualTo(HttpStatusCode.OK), tenLevels.Body);
        }
    }

    [TestCase("content?filter=contentType:", 0)]
    [TestCase("content?fetch=children:", 0)]
    [TestCase("content?sort=name:ascending&take=100", Seed.DocumentCount)]
    [TestCase("content?filter=name:!&take=100", Seed.DocumentCount)]
    public async Task Input_umbraco_answers_with_200_gets_200_with_the_same_items(string path, int expected)
    {
        var response = await Client.GetApiAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
            Assert.That(response.Json.Items(), Has.Count.EqualTo(expected));
        }
    }

    [TestCase("content?sort=name:ASC", "Invalid sort")]
    [TestCase("content?filter=name>abc", "Filter option not found")]
    [TestCase("content?sort=name", "Sort option not found")]
    [TestCase("content?filter=path:abc", "Filter option not found")]
    public async Task Input_umbraco_refuses_or_misreads_is_400(string path, string title)
    {
        var response = await Client.GetApiAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.Body);
            Assert.That(response.Json.Str("title"), Is.EqualTo(title));
        }
    }

    [TestCase("media", "fetch")]
    [TestCase("media?fetch=descendants:/", "fetch")]
    [TestCase("media?fetch=ancestors:/", "fetch")]
    [TestCase("media?fetch=children:/&filter=umbracoBytes>1", "filter")]
    [TestCase("media?fetch=children:/&filter=mediaType:!Folder", "filter")]
    [TestCase("media?fetch=children:/&sort=level:asc", "sort")]
    public async Task Media_query_refuses_what_umbracos_media_query_refuses(string path, string parameter)
    {
        var response = await Client.GetApiAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.Body);
            Assert.That(response.Json.Str("parameter"), Is.EqualTo(parameter));
        }
    }

    [Test]
    public async Task Media_query_accepts_what_umbracos_media_query_accepts()
    {
        var response = await Client.GetApiAsync($"media?fetch=Children:{Seed.DownloadsFolder}&filter=MediaType:pdfDocument&sort=Name:asc");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
            Assert.That(response.Json.Items(), Is.Not.Empty);
            Assert.That(response.Json.Items().Strings("name"), Is.Ordered.Using((IComparer<string?>)StringComparer.OrdinalIgnoreCase));
        }
    }
}
