using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Scheduling;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Scheduling;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ScheduledPublishingTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [Test]
    public async Task Schedule_in_the_past_or_unpublish_before_publish_is_refused()
    {
        var article = await CreateArticleAsync("Scheduled");
        var now = Clock.GetUtcNow().UtcDateTime;

        var past = await Documents.ScheduleAsync(article.Key, now.AddMinutes(-1), null);
        var backwards = await Documents.ScheduleAsync(article.Key, now.AddDays(2), now.AddDays(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(past.Errors.Single().Path, Is.EqualTo("publishAt"));
            Assert.That(backwards.Errors.Single().Path, Is.EqualTo("unpublishAt"));
            Assert.That(backwards.Status, Is.EqualTo(OperationStatus.Invalid));
        }
    }

    [Test]
    public async Task Due_publish_and_unpublish_are_carried_out_when_their_time_comes()
    {
        var article = await CreateArticleAsync("Embargoed");
        var now = Clock.GetUtcNow().UtcDateTime;
        await Documents.ScheduleAsync(article.Key, now.AddHours(1), now.AddHours(3));
        var scheduler = Services.GetRequiredService<ScheduledPublishing>();

        var beforeDue = await scheduler.RunDueAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromHours(2));
        var atPublish = await scheduler.RunDueAsync(CancellationToken.None);
        var published = (await Documents.GetAsync(article.Key))!.Node;
        Clock.Advance(TimeSpan.FromHours(2));
        var atUnpublish = await scheduler.RunDueAsync(CancellationToken.None);
        var unpublished = (await Documents.GetAsync(article.Key))!.Node;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeDue, Is.Zero);
            Assert.That(atPublish, Is.EqualTo(1));
            Assert.That(published.IsPublished, Is.True);
            Assert.That(published.ScheduledPublishDate, Is.Null);
            Assert.That(atUnpublish, Is.EqualTo(1));
            Assert.That(unpublished.IsPublished, Is.False);
            Assert.That(unpublished.ScheduledUnpublishDate, Is.Null);
        }
    }

    [Test]
    public async Task Invalid_scheduled_publish_is_cleared_not_retried_forever()
    {
        var article = (await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "No title", NewsIndex.Key))).Value!;
        await Documents.ScheduleAsync(article.Key, Clock.GetUtcNow().UtcDateTime.AddMinutes(5), null);
        Clock.Advance(TimeSpan.FromMinutes(10));

        var done = await Services.GetRequiredService<ScheduledPublishing>().RunDueAsync(CancellationToken.None);

        var node = (await Documents.GetAsync(article.Key))!.Node;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(done, Is.Zero);
            Assert.That(node.IsPublished, Is.False);
            Assert.That(node.ScheduledPublishDate, Is.Null);
        }
    }

    [Test]
    public async Task Background_scheduler_publishes_on_its_own()
    {
        var article = await CreateArticleAsync("Published by the scheduler");
        await Documents.ScheduleAsync(article.Key, Clock.GetUtcNow().UtcDateTime.AddMinutes(1), null);
        var hosted = Services.GetServices<IHostedService>().OfType<ScheduledPublishingService>().Single();
        await hosted.StartAsync(CancellationToken.None);
        try
        {
            Clock.Advance(TimeSpan.FromMinutes(2));
            Clock.Advance(new SchedulingSettings().Interval);
            var published = await PollAsync(async () => (await Documents.GetAsync(article.Key))!.Node.IsPublished);
            Assert.That(published, Is.True);
        }
        finally
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<bool> PollAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
