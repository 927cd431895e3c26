using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Media;

/// <summary>The four media endpoints over the seed downloads.</summary>
[TestFixture]
public sealed class MediaTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [Test]
    public async Task Media_item_by_id_has_Umbracos_media_shape()
    {
        var response = await Client.GetApiAsync($"media/item/{Seed.CapitalFundPlanPdf}");
        var item = response.Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(item.PropertyNames(), Is.EqualTo(new[]
            {
                "path", "createDate", "updateDate", "focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties",
            }));
            Assert.That(item.Str("path"), Is.EqualTo("/downloads/special provision capital fund plan/"));
            Assert.That(item.Str("createDate"), Is.EqualTo("2019-05-01T09:00:00Z"));
            Assert.That(item.Str("mediaType"), Is.EqualTo("pdfDocument"));
            Assert.That(item.Str("url"), Is.EqualTo("/media/gieungwj/special-provision-capital-fund-plan.pdf"));
            Assert.That(item.Str("extension"), Is.EqualTo("pdf"));
            Assert.That(item.GetProperty("focalPoint").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.GetProperty("crops").ValueKind, Is.EqualTo(JsonValueKind.Null), "a document has no image cropper, so no crops");
            Assert.That(item.GetProperty("bytes").GetInt32(), Is.GreaterThan(0), "filled from the file at import");
            Assert.That(item.GetProperty("properties").PropertyNames(), Is.EqualTo(new[] { "accessibleVersion" }));
            Assert.That(item.GetProperty("properties").GetProperty("accessibleVersion")[0].Str("destinationId"), Is.EqualTo(Seed.CapitalFundPlanWord.ToString()));
            Assert.That(item.GetProperty("properties").GetProperty("accessibleVersion")[0].Str("linkType"), Is.EqualTo("Media"));
        }
    }

    [Test]
    public async Task A_folder_has_an_empty_url_and_no_extension_crops_or_size()
    {
        var folder = (await Client.GetApiAsync($"media/item/{Seed.DownloadsFolder}")).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Str("url"), Is.EqualTo(""));
            Assert.That(folder.GetProperty("extension").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(folder.GetProperty("crops").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(folder.GetProperty("bytes").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task Media_item_by_path_of_names_is_case_insensitive()
    {
        var folder = await Client.GetApiAsync("media/item/Downloads/");
        var file = await Client.GetApiAsync("media/item/downloads/Special%20Provision%20Capital%20Fund%20Plan");
        var missing = await Client.GetApiAsync("media/item/downloads/nothing-here/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Json.Str("id"), Is.EqualTo(Seed.DownloadsFolder.ToString()));
            Assert.That(file.Json.Str("id"), Is.EqualTo(Seed.CapitalFundPlanPdf.ToString()));
            Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Media_query_fetches_children_filters_and_sorts()
    {
        var roots = await Client.GetApiAsync("media?fetch=children:/");
        var children = await Client.GetApiAsync($"media?fetch=children:{Seed.DownloadsFolder}&take=100");
        var byPath = await Client.GetApiAsync("media?fetch=children:/downloads/&take=100");
        var pdfs = await Client.GetApiAsync("media?fetch=children:/downloads/&filter=mediaType:pdfDocument&sort=name:desc");
        var named = await Client.GetApiAsync("media?fetch=children:/downloads/&filter=name:word");
        var paged = await Client.GetApiAsync("media?fetch=children:/downloads/&skip=1&take=2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(roots.Json.Items().Strings("id"), Is.EqualTo(new[] { Seed.DownloadsFolder.ToString() }));
            Assert.That(children.Json.GetProperty("total").GetInt32(), Is.EqualTo(5));
            Assert.That(byPath.Json.Items().Strings("id"), Is.EqualTo(children.Json.Items().Strings("id")));
            Assert.That(pdfs.Json.Items().Strings("name"), Is.EqualTo(new[] { "Special Provision Capital Fund Plan", "High Needs Commissioning Review Plan" }));
            Assert.That(named.Json.Items().Strings("id"), Is.EqualTo(new[] { Seed.CapitalFundPlanWord.ToString() }));
            Assert.That(paged.Json.Items().Strings("id"), Is.EqualTo(children.Json.Items().Strings("id").Skip(1).Take(2)));
        }
    }

    [Test]
    public async Task Media_items_by_ids()
    {
        var response = await Client.GetApiAsync($"media/items?id={Seed.CapitalFundPlanWord}&id={Seed.CapitalFundPlanPdf}&id={Guid.NewGuid()}");

        Assert.That(response.Json.EnumerateArray().Strings("id"), Is.EqualTo(new[] { Seed.CapitalFundPlanWord.ToString(), Seed.CapitalFundPlanPdf.ToString() }));
    }
}
