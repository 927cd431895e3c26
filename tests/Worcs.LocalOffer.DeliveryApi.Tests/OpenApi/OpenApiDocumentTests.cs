using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.OpenApi;

/// <summary>The OpenAPI document at Umbraco's address, with Umbraco's operation ids and schema names, and its UI.</summary>
[TestFixture]
public sealed class OpenApiDocumentTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [Test]
    public async Task The_document_lists_the_eight_operations_with_umbracos_ids()
    {
        var document = (await Client.GetApiAsync("/umbraco/swagger/delivery/swagger.json")).Json;
        var operations = document.GetProperty("paths").EnumerateObject()
            .ToDictionary(path => path.Value.GetProperty("get").Str("operationId")!, path => path.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Str("openapi"), Is.EqualTo("3.0.1"));
            Assert.That(operations, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["GetContent2.0"] = "/umbraco/delivery/api/v2/content",
                ["GetContentItemByPath2.0"] = "/umbraco/delivery/api/v2/content/item/{path}",
                ["GetContentItemById2.0"] = "/umbraco/delivery/api/v2/content/item/{id}",
                ["GetContentItems2.0"] = "/umbraco/delivery/api/v2/content/items",
                ["GetMedia2.0"] = "/umbraco/delivery/api/v2/media",
                ["GetMediaItemByPath2.0"] = "/umbraco/delivery/api/v2/media/item/{path}",
                ["GetMediaItemById2.0"] = "/umbraco/delivery/api/v2/media/item/{id}",
                ["GetMediaItems2.0"] = "/umbraco/delivery/api/v2/media/items",
            }));
            Assert.That(document.GetProperty("components").GetProperty("schemas").PropertyNames(), Is.SupersetOf(new[]
            {
                "ApiContentResponseModel", "PagedIApiContentResponseModel", "ApiMediaWithCropsResponseModel", "PagedIApiMediaWithCropsResponseModel", "ProblemDetails",
            }));
        }
    }

    [Test]
    public async Task The_query_operation_documents_headers_parameters_and_the_extensions()
    {
        var document = (await Client.GetApiAsync("/umbraco/swagger/delivery/swagger.json")).Json;
        var query = document.GetProperty("paths").GetProperty("/umbraco/delivery/api/v2/content").GetProperty("get");
        var parameters = query.GetProperty("parameters").EnumerateArray().Select(parameter => $"{parameter.Str("in")}:{parameter.Str("name")}");
        var filter = query.GetProperty("parameters").EnumerateArray().Single(parameter => parameter.Str("name") == "filter");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters, Is.EquivalentTo(new[]
            {
                "query:q", "query:fetch", "query:filter", "query:sort", "query:skip", "query:take", "query:expand", "query:fields",
                "header:Accept-Language", "header:Accept-Segment", "header:Api-Key", "header:Preview", "header:Start-Item",
            }));
            Assert.That(filter.Str("description"), Does.Contain("closingDate>2019-08-01"));
            Assert.That(query.GetProperty("responses").PropertyNames(), Is.SupersetOf(new[] { "200", "304", "400", "404" }));
            Assert.That(document.GetProperty("info").Str("description"), Does.Contain("ETag").And.Contain("LenientQueryParsing").And.Contain("`take` has no upper limit"));
        }
    }

    [Test]
    public async Task The_swagger_ui_is_served()
    {
        var page = await Client.GetApiAsync("/umbraco/swagger/index.html");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Header("Content-Type"), Does.StartWith("text/html"));
            Assert.That(page.Body, Does.Contain("swagger-ui"));
        }
    }

    [Test]
    public async Task The_document_is_valid_json_with_no_dangling_schema_references()
    {
        var body = await Client.GetStringAsync(new Uri("/umbraco/swagger/delivery/swagger.json", UriKind.Relative));
        var document = JsonDocument.Parse(body).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas").PropertyNames().ToHashSet();
        var references = System.Text.RegularExpressions.Regex.Matches(body, "#/components/schemas/([A-Za-z]+)").Select(match => match.Groups[1].Value).Distinct();

        Assert.That(references, Is.SubsetOf(schemas));
    }
}
