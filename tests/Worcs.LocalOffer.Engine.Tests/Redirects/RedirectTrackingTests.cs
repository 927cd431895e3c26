using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Redirects;

/// <summary>
/// Renames and moves of published documents record their old routes in the same commit as the change, on both
/// databases; routes are below the root (Home's segment is hidden), without a trailing slash.
/// </summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class RedirectTrackingTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [Test]
    public async Task Publishing_a_new_name_records_the_old_route_of_the_page()
    {
        var article = await CreateArticleAsync("Old name", publish: true);

        await RenameAsync(article.Key, "New name", publish: true);

        var rows = await RedirectsAsync(article.Key);
        Assert.That(rows.Select(row => (row.Url, row.RootKey)), Is.EqualTo(new[] { ("/news/old-name", Home.Key) }));
    }

    [Test]
    public async Task A_saved_rename_records_nothing_until_it_is_published()
    {
        var article = await CreateArticleAsync("Draft name", publish: true);

        await RenameAsync(article.Key, "Draft name changed", publish: false);
        var whileDraft = await RedirectsAsync(article.Key);
        await Documents.PublishAsync(article.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileDraft, Is.Empty);
            Assert.That((await RedirectsAsync(article.Key)).Select(row => row.Url), Is.EqualTo(new[] { "/news/draft-name" }));
        }
    }

    [Test]
    public async Task Renaming_a_parent_records_the_old_routes_of_its_published_descendants_only()
    {
        var published = await CreateArticleAsync("Published child", publish: true);
        var draft = await CreateArticleAsync("Draft child", publish: false);

        await RenameAsync(NewsIndex.Key, "Latest news", publish: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await RedirectsAsync(NewsIndex.Key)).Select(row => row.Url), Is.EqualTo(new[] { "/news" }));
            Assert.That((await RedirectsAsync(published.Key)).Select(row => row.Url), Is.EqualTo(new[] { "/news/published-child" }));
            Assert.That(await RedirectsAsync(draft.Key), Is.Empty);
        }
    }

    [Test]
    public async Task Moving_a_parent_to_another_root_records_its_subtree_under_the_old_root()
    {
        var otherSite = (await Documents.CreateAsync(new NodeCreateRequest("home", "Other site", null), publish: true)).Value!;
        var child = await CreateArticleAsync("Moving child", publish: true);

        var moved = await Documents.MoveAsync(NewsIndex.Key, otherSite.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved.Succeeded, Is.True, moved.ToString());
            Assert.That((await RedirectsAsync(child.Key)).Select(row => (row.Url, row.RootKey)), Is.EqualTo(new[] { ("/news/moving-child", Home.Key) }));
            Assert.That((await RedirectsAsync(NewsIndex.Key)).Select(row => row.Url), Is.EqualTo(new[] { "/news" }));
        }
    }

    [Test]
    public async Task Renaming_back_removes_the_redirect_from_the_route_the_page_has_again()
    {
        var article = await CreateArticleAsync("First", publish: true);

        await RenameAsync(article.Key, "Second", publish: true);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await RenameAsync(article.Key, "First", publish: true);

        Assert.That((await RedirectsAsync(article.Key)).Select(row => row.Url), Is.EqualTo(new[] { "/news/second" }));
    }

    [Test]
    public async Task A_route_used_again_by_another_page_points_at_the_newest_owner()
    {
        var first = await CreateArticleAsync("Shared", publish: true);
        await RenameAsync(first.Key, "Shared one", publish: true);
        var second = await CreateArticleAsync("Shared", publish: true);
        Clock.Advance(TimeSpan.FromMinutes(1));

        await RenameAsync(second.Key, "Shared two", publish: true);

        var newest = await ReadAsync(unitOfWork => unitOfWork.Redirects.GetMostRecentAsync("/news/shared", Home.Key, CancellationToken.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(newest?.ContentKey, Is.EqualTo(second.Key));
            Assert.That(await RedirectsAsync(first.Key), Is.Empty, "one row per old route");
        }
    }

    [Test]
    public async Task Deleting_a_page_deletes_its_redirects()
    {
        var article = await CreateArticleAsync("Going", publish: true);
        await RenameAsync(article.Key, "Gone", publish: true);

        await Documents.TrashAsync(article.Key);
        var whileTrashed = await RedirectsAsync(article.Key);
        await Documents.DeleteAsync(article.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileTrashed, Has.Count.EqualTo(1));
            Assert.That(await RedirectsAsync(article.Key), Is.Empty);
        }
    }

    [Test]
    public async Task Nothing_is_recorded_when_tracking_is_disabled()
    {
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<WebRoutingSettings>>().CurrentValue.DisableRedirectUrlTracking = true;
        var article = await CreateArticleAsync("Untracked", publish: true);

        await RenameAsync(article.Key, "Untracked renamed", publish: true);

        Assert.That(await RedirectsAsync(article.Key), Is.Empty);
    }

    private async Task RenameAsync(Guid key, string name, bool publish)
    {
        var snapshot = await Documents.GetAsync(key);
        var saved = await Documents.SaveAsync(new NodeUpdateRequest(key, name, snapshot!.Draft.Values), publish);
        Assert.That(saved.Succeeded, Is.True, saved.ToString());
    }

    private Task<IReadOnlyList<RedirectUrl>> RedirectsAsync(Guid key) =>
        ReadAsync(unitOfWork => unitOfWork.Redirects.GetForContentAsync(key, CancellationToken.None));

    private async Task<T> ReadAsync<T>(Func<IUnitOfWork, Task<T>> read)
    {
        await using var unitOfWork = await Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync(CancellationToken.None);
        return await read(unitOfWork);
    }
}
