using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Redirects;

/// <summary><c>Umbraco:CMS:WebRouting:DisableRedirectUrlTracking=true</c>: renames record nothing, old routes are 404.</summary>
[TestFixture]
public sealed class RedirectTrackingDisabledTests()
    : RedirectHostTest(new Dictionary<string, string?> { ["Umbraco:CMS:WebRouting:DisableRedirectUrlTracking"] = "true" })
{
    [Test]
    public async Task A_renamed_page_s_old_route_is_404_and_nothing_is_recorded()
    {
        var key = await PageAsync.CreateAsync(Documents, "Sensory play", Seed.NewsIndex);
        await PageAsync.RenameAsync(Documents, key, "Sensory play sessions");

        var old = await Client.GetApiAsync("content/item/news-updates-and-feedback/sensory-play");
        var renamed = await Client.GetApiAsync("content/item/news-updates-and-feedback/sensory-play-sessions");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(old.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(renamed.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await RedirectRows.ForAsync(Host, key), Is.Empty);
        }
    }
}
