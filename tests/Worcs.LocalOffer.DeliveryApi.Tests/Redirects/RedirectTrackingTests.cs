using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Redirects;

/// <summary>
/// Umbraco's redirect URL tracking over HTTP: a renamed or moved page's old route answers 301 with the new route in
/// <c>Location</c> and the start item in <c>Location-Start-Item-Path</c> and <c>Location-Start-Item-Id</c>.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class RedirectTrackingTests() : RedirectHostTest()
{
    private const string News = "news-updates-and-feedback";

    [Test]
    public async Task A_renamed_page_s_old_route_redirects_permanently_to_the_new_one()
    {
        var key = await PageAsync.CreateAsync(Documents, "Short breaks offer", Seed.NewsIndex);
        await PageAsync.RenameAsync(Documents, key, "Short breaks for families");

        var old = await Client.GetApiAsync($"content/item/{News}/short-breaks-offer");
        var followed = await Client.GetApiAsync(old.Header("Location")!.TrimStart('/').Insert(0, "content/item/"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(old.Status, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(old.Header("Location"), Is.EqualTo($"/{News}/short-breaks-for-families/"));
            Assert.That(old.Header("Location-Start-Item-Path"), Is.EqualTo(Seed.HomeSegment));
            Assert.That(old.Header("Location-Start-Item-Id"), Is.EqualTo(Seed.Home.ToString("D")));
            Assert.That(old.Body, Is.Empty);
            Assert.That(followed.Json.Str("id"), Is.EqualTo(key.ToString()));
        }
    }

    [Test]
    public async Task Moving_a_parent_to_another_site_redirects_its_children_s_old_routes()
    {
        var secondSite = await PageAsync.CreateAsync(Documents, "Second site", null, "home", Seed.Home);
        var parent = await PageAsync.CreateAsync(Documents, "Travel support", Seed.Home, "newsIndex", Seed.NewsIndex);
        var child = await PageAsync.CreateAsync(Documents, "Bus passes", parent);
        var moved = await Documents.MoveAsync(parent, secondSite);
        Assert.That(moved.Succeeded, Is.True, moved.ToString());

        var start = ("Start-Item", Seed.HomeSegment);
        var oldChild = await Client.GetApiAsync("content/item/travel-support/bus-passes/", start);
        var oldParent = await Client.GetApiAsync("content/item/travel-support", start);
        var newChild = await Client.GetApiAsync("content/item/travel-support/bus-passes", ("Start-Item", "second-site"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(oldChild.Status, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(oldChild.Header("Location"), Is.EqualTo("/travel-support/bus-passes/"));
            Assert.That(oldChild.Header("Location-Start-Item-Path"), Is.EqualTo("second-site"));
            Assert.That(oldChild.Header("Location-Start-Item-Id"), Is.EqualTo(secondSite.ToString("D")));
            Assert.That(oldParent.Header("Location"), Is.EqualTo("/travel-support/"));
            Assert.That(newChild.Json.Str("id"), Is.EqualTo(child.ToString()));
        }
    }

    [Test]
    public async Task Renaming_back_serves_the_page_and_leaves_no_redirect_loop()
    {
        var key = await PageAsync.CreateAsync(Documents, "Holiday clubs", Seed.NewsIndex);
        await PageAsync.RenameAsync(Documents, key, "Holiday activities");
        await PageAsync.RenameAsync(Documents, key, "Holiday clubs");

        var original = await Client.GetApiAsync($"content/item/{News}/holiday-clubs");
        var between = await Client.GetApiAsync($"content/item/{News}/holiday-activities");
        var stored = await RedirectRows.ForAsync(Host, key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(original.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(original.Json.Str("id"), Is.EqualTo(key.ToString()));
            Assert.That(between.Header("Location"), Is.EqualTo($"/{News}/holiday-clubs/"));
            Assert.That(stored, Is.EqualTo(new[] { $"/{News}/holiday-activities" }), "the redirect from the route the page has again is removed");
        }
    }

    [Test]
    public async Task Deleting_the_page_deletes_its_redirects()
    {
        var key = await PageAsync.CreateAsync(Documents, "Respite care", Seed.NewsIndex);
        await PageAsync.RenameAsync(Documents, key, "Respite care and short breaks");
        var before = await Client.GetApiAsync($"content/item/{News}/respite-care");

        Assert.That((await Documents.TrashAsync(key)).Succeeded, Is.True);
        var trashed = await Client.GetApiAsync($"content/item/{News}/respite-care");
        Assert.That((await Documents.DeleteAsync(key)).Succeeded, Is.True);
        var deleted = await Client.GetApiAsync($"content/item/{News}/respite-care");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Status, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(trashed.Status, Is.EqualTo(HttpStatusCode.NotFound), "a trashed page is not delivered, so there is nowhere to send the caller");
            Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await RedirectRows.ForAsync(Host, key), Is.Empty);
        }
    }

    [Test]
    public async Task A_route_no_page_ever_had_is_still_404()
    {
        var response = await Client.GetApiAsync($"content/item/{News}/never-existed");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
