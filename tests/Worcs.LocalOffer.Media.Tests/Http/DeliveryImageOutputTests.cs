using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Media.Tests.Support;

namespace Worcs.LocalOffer.Media.Tests.Http;

/// <summary>An Image media item through the Delivery API: its image cropper's focal point and its data type's crops, as Umbraco gives them.</summary>
[TestFixture]
[NonParallelizable]
public sealed class DeliveryImageOutputTests
{
    private MediaHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await MediaHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task An_image_has_its_focal_point_and_every_configured_crop_with_the_stored_coordinates()
    {
        var cropper = JsonNode.Parse("""
            {"crops":[{"alias":"card","width":600,"height":400,"coordinates":{"x1":0.1,"y1":0.05,"x2":0.2,"y2":0.15}}],"focalPoint":{"left":0.4,"top":0.3}}
            """)!.AsObject();
        var key = await _host.CreateImageAsync("delivery/playground.jpg", 120, 80, cropper: cropper);

        using var response = await _host.Client.GetAsync($"/umbraco/delivery/api/v2/media/item/{key}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, body);
        using var json = JsonDocument.Parse(body);
        var item = json.RootElement;
        var crops = item.GetProperty("crops").EnumerateArray().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.GetProperty("url").GetString(), Is.EqualTo("/media/delivery/playground.jpg"));
            Assert.That(item.GetProperty("mediaType").GetString(), Is.EqualTo("Image"));
            Assert.That(item.GetProperty("focalPoint").GetProperty("left").GetDecimal(), Is.EqualTo(0.4m));
            Assert.That(item.GetProperty("focalPoint").GetProperty("top").GetDecimal(), Is.EqualTo(0.3m));
            Assert.That(crops.Select(crop => crop.GetProperty("alias").GetString()), Is.EqualTo(new[] { "card", "square" }));
            Assert.That(crops[0].GetProperty("coordinates").GetProperty("x2").GetDecimal(), Is.EqualTo(0.2m));
            Assert.That(crops[1].GetProperty("width").GetInt32(), Is.EqualTo(300));
            Assert.That(crops[1].GetProperty("coordinates").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }
}
