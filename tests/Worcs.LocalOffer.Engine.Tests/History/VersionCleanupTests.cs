using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.History;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.History;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class VersionCleanupTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [Test]
    public async Task Old_versions_go_the_latest_of_each_recent_day_stays_and_the_draft_and_published_versions_are_kept()
    {
        var start = Clock.GetUtcNow();
        var article = await CreateArticleAsync("Article", title: "day 0, 09:00");
        await SaveAtAsync(article, start.AddHours(1), "day 0, 10:00");
        await SaveAtAsync(article, start.AddHours(2), "day 0, 11:00");
        await SaveAtAsync(article, start.AddDays(50), "day 50, 09:00");
        await SaveAtAsync(article, start.AddDays(50).AddHours(1), "day 50, 10:00");
        await SaveAtAsync(article, start.AddDays(100), "day 100, published", publish: true);
        await SaveAtAsync(article, start.AddDays(105), "day 105, draft");
        Clock.SetUtcNow(start.AddDays(106));

        var deleted = await Services.GetRequiredService<VersionCleanup>().RunAsync();

        var kept = (await Documents.GetHistoryAsync(article.Key)).Select(version => version.GetValue("title"));
        Assert.That(deleted, Is.EqualTo(4));
        Assert.That(kept, Is.EqualTo(new[] { "day 105, draft", "day 100, published", "day 50, 10:00" }));
        Assert.That((await Documents.GetAsync(article.Key))!.Published!.GetValue("title"), Is.EqualTo("day 100, published"));
    }

    [Test]
    public async Task Versions_newer_than_the_keep_all_window_are_untouched()
    {
        var article = await CreateArticleAsync("Article", title: "first");
        await SaveAtAsync(article, Clock.GetUtcNow().AddHours(1), "second");
        await SaveAtAsync(article, Clock.GetUtcNow().AddHours(2), "third");

        var deleted = await Services.GetRequiredService<VersionCleanup>().RunAsync();

        Assert.That(deleted, Is.Zero);
        Assert.That(await Documents.GetHistoryAsync(article.Key), Has.Count.EqualTo(3));
    }

    private async Task SaveAtAsync(Node article, DateTimeOffset when, string title, bool publish = false)
    {
        Clock.SetUtcNow(when);
        var result = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Article", Values(("title", title))), publish);
        Assert.That(result.Succeeded, Is.True, result.ToString());
    }
}
