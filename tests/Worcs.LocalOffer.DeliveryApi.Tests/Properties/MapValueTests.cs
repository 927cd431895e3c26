using System.Text.Json.Nodes;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>A GMaps map inside a block is delivered as its location, never with an API key.</summary>
[TestFixture]
[NonParallelizable]
public sealed class MapValueTests
{
    private static readonly Guid Roadshow = Guid.Parse("08b813bf-565c-58e4-ab2e-8a605d51ff7e");
    private const string SessionType = "923d2cde-7e93-5780-b5c6-e1e070ccfa3d";
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync();

    private static JsonObject Value(string alias, JsonNode? value) => new()
    {
        ["alias"] = alias,
        ["culture"] = null,
        ["segment"] = null,
        ["value"] = value,
    };

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task The_map_location_keeps_its_address_and_loses_any_api_key()
    {
        var documents = _host.Get<DocumentService>();
        var roadshow = await documents.GetAsync(Roadshow);
        var sessionKey = Guid.NewGuid().ToString();
        var sessions = new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = new JsonArray(new JsonObject { ["contentKey"] = sessionKey }) },
            ["contentData"] = new JsonArray(new JsonObject
            {
                ["contentTypeKey"] = SessionType,
                ["key"] = sessionKey,
                ["values"] = new JsonArray(
                    Value("venueName", "County Hall"),
                    Value("venueAddress", "Spetchley Road, Worcester WR5 2NP"),
                    Value("sessionStart", JsonNode.Parse("""{"date":"2018-11-20T10:00:00+00:00","timeZone":"Europe/London"}""")),
                    Value("mapLocation", JsonNode.Parse("""
                        {"address":{"full_address":"County Hall, Worcester","coordinates":{"lat":52.1917,"lng":-2.1898}},
                         "mapconfig":{"zoom":15,"maptype":"roadmap","centerCoordinates":{"lat":52.1917,"lng":-2.1898},"apiKey":"SECRET-KEY"},
                         "apikey":"SECRET-KEY"}
                        """))),
            }),
            ["settingsData"] = new JsonArray(),
            ["expose"] = new JsonArray(new JsonObject { ["contentKey"] = sessionKey, ["culture"] = null, ["segment"] = null }),
        };
        var values = new Dictionary<string, string?>(roadshow!.Draft.Values, StringComparer.OrdinalIgnoreCase) { ["sessions"] = sessions.ToJsonString() };
        var saved = await documents.SaveAsync(new NodeUpdateRequest(Roadshow, roadshow.Node.Name, values), publish: true);
        Assert.That(saved.Succeeded, Is.True, saved.ToString());

        var response = await _host.Client.GetApiAsync($"content/item/{Roadshow}");
        var map = response.Json.GetProperty("properties").GetProperty("sessions").GetProperty("items")[0].GetProperty("content").GetProperty("properties").GetProperty("mapLocation");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Str("address", "full_address"), Is.EqualTo("County Hall, Worcester"));
            Assert.That(map.GetProperty("mapconfig").GetProperty("zoom").GetInt32(), Is.EqualTo(15));
            Assert.That(response.Body, Does.Not.Contain("SECRET-KEY"));
            Assert.That(response.Json.GetProperty("properties").GetProperty("sessions").GetProperty("items")[0].Str("content", "properties", "sessionStart"), Is.EqualTo("2018-11-20T10:00:00+00:00"));
        }
    }
}
