using System.Text.Json;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class NotificationTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    public async Task Notifications_are_delivered_after_the_commit_in_the_order_raised()
    {
        var (contentType, _) = await SeedNodeAsync();
        var node = TestData.Node(contentType, name: "Fresh");
        Node? seenDuringDelivery = null;
        Notifications.OnPublish = async _ => seenDuringDelivery = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, None));
        INotification[] raised =
        [
            new DocumentSavedNotification([node.Key]),
            new DocumentPublishedNotification([node.Key]),
            new ContentTypeChangedNotification([contentType.Key], [node.Key]),
        ];

        await CommitAsync(unitOfWork =>
        {
            unitOfWork.Nodes.Add(node);
            foreach (var notification in raised)
            {
                unitOfWork.Raise(notification);
            }
        });

        Assert.That(Notifications.Batches[^1], Is.EqualTo(raised));
        Assert.That(seenDuringDelivery, Is.Not.Null, "the change is committed before handlers run");
    }

    [Test]
    public async Task Each_notification_is_logged_in_the_change_log_with_its_keys_and_payload()
    {
        var (contentType, node) = await SeedNodeAsync();
        var before = await ChangeLog.GetLatestIdAsync(None);
        Clock.Advance(TimeSpan.FromMinutes(5));

        await CommitAsync(unitOfWork =>
        {
            unitOfWork.Raise(new DocumentSavedNotification([node.Key]));
            unitOfWork.Raise(new ContentTypeChangedNotification([contentType.Key], [node.Key]));
        });
        var entries = await ChangeLog.GetAfterAsync(before, 100, None);

        Assert.That(entries.Select(entry => entry.NotificationType), Is.EqualTo(new[] { nameof(DocumentSavedNotification), nameof(ContentTypeChangedNotification) }));
        Assert.That(entries[0].Id, Is.LessThan(entries[1].Id));
        Assert.That(entries[0].Keys, Is.EqualTo(new[] { node.Key }));
        Assert.That(entries[1].Keys, Is.EqualTo(new[] { contentType.Key }));
        Assert.That(entries[0].Timestamp, Is.EqualTo(TestData.Now.AddMinutes(5)));
        Assert.That(entries[0].Timestamp.Kind, Is.EqualTo(DateTimeKind.Utc));
        var payload = JsonSerializer.Deserialize<ContentTypeChangedNotification>(entries[1].PayloadJson);
        Assert.That(payload!.AffectedNodeKeys, Is.EqualTo(new[] { node.Key }));
    }

    [Test]
    public async Task A_failed_commit_delivers_nothing_and_logs_nothing()
    {
        var (_, node) = await SeedNodeAsync();
        var batchesBefore = Notifications.Batches.Count;
        var changeLogBefore = await ChangeLog.GetLatestIdAsync(None);
        await using var stale = await UnitsOfWork.BeginAsync(None);
        var staleNode = await stale.Nodes.GetAsync(node.Key, None);
        await BumpRevisionAsync(node.Key);

        staleNode!.Revision++;
        stale.Raise(new DocumentSavedNotification([node.Key]));

        Assert.That(() => stale.CommitAsync(None), Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That(Notifications.Batches, Has.Count.EqualTo(batchesBefore + 1), "only the other writer's commit delivered");
        Assert.That(await ChangeLog.GetLatestIdAsync(None), Is.EqualTo(changeLogBefore + 1));
    }

    [Test]
    public async Task Change_log_reader_pages_through_entries_after_an_id()
    {
        var keys = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var start = await ChangeLog.GetLatestIdAsync(None);
        foreach (var key in keys)
        {
            await CommitAsync(unitOfWork => unitOfWork.Raise(new MediaSavedNotification([key])));
        }

        var latest = await ChangeLog.GetLatestIdAsync(None);
        var firstPage = await ChangeLog.GetAfterAsync(start, 3, None);
        var secondPage = await ChangeLog.GetAfterAsync(firstPage[^1].Id, 3, None);

        Assert.That(firstPage.Concat(secondPage).SelectMany(entry => entry.Keys), Is.EqualTo(keys));
        Assert.That(secondPage[^1].Id, Is.EqualTo(latest));
        Assert.That(await ChangeLog.GetAfterAsync(latest, 3, None), Is.Empty);
    }

    private Task BumpRevisionAsync(Guid key) =>
        CommitAsync(async unitOfWork =>
        {
            var node = await unitOfWork.Nodes.GetAsync(key, None);
            node!.Revision++;
            unitOfWork.Raise(new DocumentSavedNotification([key]));
        });
}
