using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class AtomicRunTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    public async Task Units_of_work_in_a_run_see_each_others_writes_and_commit_together()
    {
        var contentType = TestData.ContentType();
        var node = TestData.Node(contentType);

        var seenInsideRun = await UnitsOfWork.RunAtomicallyAsync(
            async token =>
            {
                await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(contentType));
                await CommitAsync(async unitOfWork =>
                {
                    Assert.That(await unitOfWork.ContentTypes.GetAsync(contentType.Key, token), Is.Not.Null);
                    unitOfWork.Nodes.Add(node);
                    unitOfWork.Versions.Add(TestData.Version(node));
                    unitOfWork.Raise(new DocumentSavedNotification([node.Key]));
                });
                Assert.That(Notifications.Published, Is.Empty, "notifications wait for the run to commit");
                return await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, token));
            },
            _ => true,
            None);

        Assert.That(seenInsideRun, Is.Not.Null);
        Assert.That(await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, None)), Is.Not.Null);
        Assert.That(Notifications.Batches, Has.Count.EqualTo(1));
        Assert.That(Notifications.Published.OfType<DocumentSavedNotification>().Single().Keys, Is.EqualTo(new[] { node.Key }));
        Assert.That(await ChangeLog.GetLatestIdAsync(None), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_run_whose_result_is_refused_keeps_none_of_its_writes()
    {
        var contentType = TestData.ContentType();

        var result = await UnitsOfWork.RunAtomicallyAsync(
            async _ =>
            {
                await CommitAsync(unitOfWork =>
                {
                    unitOfWork.ContentTypes.Add(contentType);
                    unitOfWork.Raise(new ContentTypeChangedNotification([contentType.Key], []));
                });
                return "refused";
            },
            outcome => outcome != "refused",
            None);

        Assert.That(result, Is.EqualTo("refused"));
        Assert.That(await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(contentType.Key, None)), Is.Null);
        Assert.That(Notifications.Published, Is.Empty);
        Assert.That(await ChangeLog.GetLatestIdAsync(None), Is.Zero);
    }

    [Test]
    public async Task An_exception_in_a_run_rolls_back_what_it_had_written()
    {
        var contentType = TestData.ContentType();

        Assert.That(
            async () => await UnitsOfWork.RunAtomicallyAsync<int>(
                async _ =>
                {
                    await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(contentType));
                    throw new InvalidOperationException("stop half-way");
                },
                _ => true,
                None),
            Throws.InvalidOperationException.With.Message.EqualTo("stop half-way"));

        Assert.That(await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(contentType.Key, None)), Is.Null);
    }

    [Test]
    public async Task An_uncommitted_unit_inside_a_run_drops_only_its_own_changes()
    {
        var kept = TestData.ContentType("kept");
        var dropped = TestData.ContentType("dropped");

        await UnitsOfWork.RunAtomicallyAsync(
            async token =>
            {
                await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(kept));
                await using (var abandoned = await UnitsOfWork.BeginAsync(token))
                {
                    abandoned.ContentTypes.Add(dropped);
                }

                await CommitAsync(_ => { });
                return true;
            },
            done => done,
            None);

        Assert.That(await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(kept.Key, None)), Is.Not.Null);
        Assert.That(await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(dropped.Key, None)), Is.Null);
    }

    [Test]
    public async Task Writers_outside_the_run_wait_for_it_and_are_not_part_of_it()
    {
        var inside = TestData.ContentType("inside");
        var outside = TestData.ContentType("outside");
        Task? outsideWrite = null;

        await UnitsOfWork.RunAtomicallyAsync(
            async token =>
            {
                await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(inside));

                // A flow that does not inherit the run's context, as a request on another thread would be.
                using (ExecutionContext.SuppressFlow())
                {
                    outsideWrite = Task.Run(() => CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(outside)), token);
                }

                return false;
            },
            commit => commit,
            None);
        await outsideWrite!;

        Assert.That(await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(inside.Key, None)), Is.Null);
        Assert.That(await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(outside.Key, None)), Is.Not.Null);
    }
}
