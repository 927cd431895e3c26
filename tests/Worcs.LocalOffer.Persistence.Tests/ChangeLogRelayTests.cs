using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

/// <summary>Two service providers on one database stand for two processes, such as two web servers.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ChangeLogRelayTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    public async Task Changes_committed_by_another_process_are_delivered_here_and_our_own_are_not()
    {
        var relay = Services.GetRequiredService<ChangeLogRelay>();
        await relay.RelayAsync(None);
        var otherNotifications = new RecordingNotificationPublisher();
        await using var otherProcess = TestServices.Create(Database.Settings, services => services.Replace(ServiceDescriptor.Singleton<INotificationPublisher>(otherNotifications)));
        var remoteKey = Guid.NewGuid();
        var localKey = Guid.NewGuid();

        await CommitIn(otherProcess, new DocumentPublishedNotification([remoteKey]));
        await CommitAsync(unitOfWork => unitOfWork.Raise(new DocumentSavedNotification([localKey])));
        var delivered = await relay.RelayAsync(None);

        Assert.That(delivered, Is.EqualTo(1));
        var relayed = Notifications.Batches[^1];
        Assert.That(relayed, Has.Count.EqualTo(1));
        Assert.That(relayed[0], Is.EqualTo(new DocumentPublishedNotification([remoteKey])).Using<INotification>(SameNotification));
        Assert.That(await relay.RelayAsync(None), Is.Zero, "nothing is delivered twice");
    }

    [Test]
    public async Task Every_member_of_a_notification_survives_the_trip()
    {
        var relay = Services.GetRequiredService<ChangeLogRelay>();
        await relay.RelayAsync(None);
        await using var otherProcess = TestServices.Create(Database.Settings);
        var typeChanged = new ContentTypeChangedNotification([Guid.NewGuid()], [Guid.NewGuid(), Guid.NewGuid()]);

        await CommitIn(otherProcess, typeChanged);
        await relay.RelayAsync(None);

        var relayed = (ContentTypeChangedNotification)Notifications.Batches[^1].Single();
        Assert.That(relayed.Keys, Is.EqualTo(typeChanged.Keys));
        Assert.That(relayed.AffectedNodeKeys, Is.EqualTo(typeChanged.AffectedNodeKeys));
    }

    [Test]
    public async Task A_relay_that_starts_late_still_delivers_the_most_recent_changes_of_others()
    {
        await using var otherProcess = TestServices.Create(Database.Settings);
        var key = Guid.NewGuid();
        await CommitIn(otherProcess, new DocumentPublishedNotification([key]));

        var delivered = await Services.GetRequiredService<ChangeLogRelay>().RelayAsync(None);

        Assert.That(delivered, Is.EqualTo(1));
        Assert.That(Notifications.Published.Single().Keys, Is.EqualTo(new[] { key }));
    }

    [Test]
    public async Task A_relay_that_starts_does_not_deliver_again_what_others_committed_before_this_process_started()
    {
        var longAgo = new FakeTimeProvider(Clock.GetUtcNow() - TimeSpan.FromHours(1));
        await using var earlierProcess = TestServices.Create(Database.Settings, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(longAgo)));
        await CommitIn(earlierProcess, new DocumentPublishedNotification([Guid.NewGuid()]));
        await using var otherProcess = TestServices.Create(Database.Settings, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        var recent = Guid.NewGuid();
        await CommitIn(otherProcess, new DocumentPublishedNotification([recent]));

        var delivered = await Services.GetRequiredService<ChangeLogRelay>().RelayAsync(None);

        Assert.That(delivered, Is.EqualTo(1), "only the change committed since this process started");
        Assert.That(Notifications.Published.Single().Keys, Is.EqualTo(new[] { recent }));
    }

    private static bool SameNotification(INotification left, INotification right) =>
        left.GetType() == right.GetType() && left.Keys.SequenceEqual(right.Keys);

    private static async Task CommitIn(IServiceProvider process, INotification notification)
    {
        await using var unitOfWork = await process.GetRequiredService<IUnitOfWorkFactory>().BeginAsync(None);
        unitOfWork.Raise(notification);
        await unitOfWork.CommitAsync(None);
    }
}
