using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Parity;

/// <summary>A property with no value is <c>null</c>, as Umbraco's property renderer gives it, whatever its editor.</summary>
[TestFixture]
[NonParallelizable]
public sealed class EmptyValuesTests
{
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Empty_tags_links_and_text_are_null()
    {
        var documents = _host.Get<DocumentService>();
        var template = await documents.GetAsync(Seed.CabinetArticle);
        var values = new Dictionary<string, string?>(template!.Draft.Values)
        {
            ["tags"] = null,
            ["relatedLinks"] = "[]",
        };
        var created = await documents.CreateAsync(new NodeCreateRequest("newsArticle", "Nothing linked", Seed.NewsIndex, values), true);
        Assert.That(created.Succeeded, Is.True, created.ToString());

        var response = await _host.Client.GetApiAsync($"content/item/{created.Value!.Key}");
        var properties = response.Json.GetProperty("properties");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
            Assert.That(properties.GetProperty("tags").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(properties.GetProperty("relatedLinks").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(properties.GetProperty("title").ValueKind, Is.EqualTo(JsonValueKind.String));
        }
    }

    [Test]
    public async Task Empty_rich_text_is_null_not_empty_markup()
    {
        var documents = _host.Get<DocumentService>();
        var template = await documents.GetAsync(Seed.GraduatedResponseConsultation);
        var values = new Dictionary<string, string?>(template!.Draft.Values) { ["outcome"] = null };
        var created = await documents.CreateAsync(new NodeCreateRequest("consultation", "Closed without an outcome", template.Node.ParentKey, values), true);
        Assert.That(created.Succeeded, Is.True, created.ToString());

        var response = await _host.Client.GetApiAsync($"content/item/{created.Value!.Key}");
        var properties = response.Json.GetProperty("properties");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
            Assert.That(properties.Str("status"), Is.EqualTo("closed"));
            Assert.That(properties.GetProperty("outcome").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }
}
