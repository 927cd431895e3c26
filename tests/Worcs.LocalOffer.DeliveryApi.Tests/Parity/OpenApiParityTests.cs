using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Parity;

/// <summary>The OpenAPI document says what Umbraco 17's delivery swagger.json says for each operation and model.</summary>
[TestFixture]
public sealed class OpenApiParityTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [TestCase("/umbraco/delivery/api/v2/content", new[] { "200", "400", "404" })]
    [TestCase("/umbraco/delivery/api/v2/content/item/{id}", new[] { "200", "401", "403", "404" })]
    [TestCase("/umbraco/delivery/api/v2/content/item/{path}", new[] { "200", "401", "403", "404" })]
    [TestCase("/umbraco/delivery/api/v2/content/items", new[] { "200", "401", "403" })]
    [TestCase("/umbraco/delivery/api/v2/media", new[] { "200", "400" })]
    [TestCase("/umbraco/delivery/api/v2/media/item/{id}", new[] { "200", "404" })]
    [TestCase("/umbraco/delivery/api/v2/media/items", new[] { "200" })]
    public async Task Each_operation_lists_umbracos_responses_plus_304(string path, string[] statuses)
    {
        var operation = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("get");

        Assert.That(operation.GetProperty("responses").PropertyNames(), Is.EquivalentTo(statuses.Append("304")));
    }

    [Test]
    public async Task Item_models_are_wrapped_in_oneOf_and_name_is_required()
    {
        var document = await Document();
        var paths = document.GetProperty("paths");
        var item = paths.GetProperty("/umbraco/delivery/api/v2/content/item/{id}").GetProperty("get");
        var items = paths.GetProperty("/umbraco/delivery/api/v2/content/items").GetProperty("get");
        var content = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiContentResponseModel");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Schema(item).GetProperty("oneOf")[0].Str("$ref"), Is.EqualTo("#/components/schemas/ApiContentResponseModel"));
            Assert.That(Schema(items).GetProperty("items").GetProperty("oneOf")[0].Str("$ref"), Is.EqualTo("#/components/schemas/ApiContentResponseModel"));
            Assert.That(content.GetProperty("required").EnumerateArray().Select(name => name.GetString()), Does.Contain("name"));
            Assert.That(content.GetProperty("properties").GetProperty("name").TryGetProperty("nullable", out _), Is.False);
            Assert.That(content.GetProperty("properties").GetProperty("route").GetProperty("oneOf").GetArrayLength(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Content_operations_take_the_accept_segment_header_and_media_ones_do_not()
    {
        var paths = (await Document()).GetProperty("paths");

        using (Assert.EnterMultipleScope())
        {
            foreach (var path in paths.EnumerateObject())
            {
                var headers = path.Value.GetProperty("get").GetProperty("parameters").EnumerateArray()
                    .Where(parameter => parameter.Str("in") == "header").Select(parameter => parameter.Str("name")).ToList();
                Assert.That(headers.Contains("Accept-Segment"), Is.EqualTo(path.Name.Contains("/content", StringComparison.Ordinal)), path.Name);
            }
        }
    }

    private static JsonElement Schema(JsonElement operation) =>
        operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");

    private static async Task<JsonElement> Document() => (await Client.GetApiAsync("/umbraco/swagger/delivery/swagger.json")).Json;
}
