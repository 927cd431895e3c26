using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Query;

/// <summary>Every malformed parameter is a 400 problem that names the parameter and says what was wrong.</summary>
[TestFixture]
public sealed class BadInputTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [TestCase("content?fetch=siblings:/", "fetch", "Selector option not found")]
    [TestCase("content?filter=colour:red", "filter", "Filter option not found")]
    [TestCase("content?filter=contentType", "filter", "Filter option not found")]
    [TestCase("content?filter=createDate~2019-01-01", "filter", "Filter option not found")]
    [TestCase("content?filter=createDate>=2019-01-01", "filter", "Invalid filter")]
    [TestCase("content?filter=createDate>yesterday", "filter", "Invalid filter")]
    [TestCase("content?filter=name>abc", "filter", "Filter option not found")]
    [TestCase("content?filter=fundingFromYear:twenty", "filter", "Invalid filter")]
    [TestCase("content?sort=colour:asc", "sort", "Sort option not found")]
    [TestCase("content?sort=name", "sort", "Sort option not found")]
    [TestCase("content?sort=name:upwards", "sort", "Invalid sort")]
    [TestCase("content?skip=-1", "skip", "Invalid skip")]
    [TestCase("content?skip=ten", "skip", "Invalid skip")]
    [TestCase("content?take=-5", "take", "Invalid take")]
    [TestCase("content?take=2147483648", "take", "Invalid take")]
    [TestCase("content?sort=name:ASC", "sort", "Invalid sort")]
    [TestCase("content?expand=all", "expand", "Invalid expand")]
    [TestCase("content?expand=properties[newsPage", "expand", "Invalid expand")]
    [TestCase("content?expand=properties[]", "expand", "Invalid expand")]
    [TestCase("content?expand=properties[$foo]", "expand", "Invalid expand")]
    [TestCase("content?fields=properties[title]]", "fields", "Invalid fields")]
    [TestCase("content/item/5115b66c-0438-51bb-9530-f9cf76f2ab2b?expand=[properties]", "expand", "Invalid expand")]
    [TestCase("content/items?id=5115b66c-0438-51bb-9530-f9cf76f2ab2b&fields=title", "fields", "Invalid fields")]
    [TestCase("media?fetch=children:/&filter=contentType:folder", "filter", "Filter option not found")]
    [TestCase("media/items?id=123", "id", "Invalid id")]
    public async Task Malformed_parameter_is_400_naming_it(string path, string parameter, string title)
    {
        var response = await Client.GetApiAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.Body);
            Assert.That(response.Header("Content-Type"), Does.StartWith("application/problem+json"));
            Assert.That(response.Json.Str("type"), Is.EqualTo("Error"));
            Assert.That(response.Json.Str("title"), Is.EqualTo(title));
            Assert.That(response.Json.Str("parameter"), Is.EqualTo(parameter));
            Assert.That(response.Json.GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(response.Json.Str("detail"), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Expand_nested_deeper_than_the_guard_is_400_saying_so()
    {
        var deep = "properties[newsPage" + string.Concat(Enumerable.Repeat("[properties[newsPage", 32)) + new string(']', 65);

        var response = await Client.GetApiAsync($"content?expand={deep}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Json.Str("detail"), Does.Contain("deeper than 32 levels"));
        }
    }

    [Test]
    public async Task A_large_take_is_accepted()
    {
        var response = await Client.GetApiAsync("content?take=2147483647");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
