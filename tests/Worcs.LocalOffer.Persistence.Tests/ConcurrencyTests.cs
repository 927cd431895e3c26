using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ConcurrencyTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    [CancelAfter(30_000)]
    public async Task Stale_revision_commit_throws_ConcurrencyConflictException(CancellationToken cancellationToken)
    {
        var (_, node) = await SeedNodeAsync();
        await using var first = await UnitsOfWork.BeginAsync(cancellationToken);
        await using var second = await UnitsOfWork.BeginAsync(cancellationToken);
        var firstCopy = await first.Nodes.GetAsync(node.Key, cancellationToken);
        var secondCopy = await second.Nodes.GetAsync(node.Key, cancellationToken);

        secondCopy!.Name = "Second";
        secondCopy.Revision++;
        await second.CommitAsync(cancellationToken);
        firstCopy!.Name = "First";
        firstCopy.Revision++;

        Assert.That(() => first.CommitAsync(cancellationToken), Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That((await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, None)))!.Name, Is.EqualTo("Second"));
    }

    [Test]
    public async Task Stale_content_type_and_data_type_commits_throw_ConcurrencyConflictException()
    {
        var (contentType, _) = await SeedNodeAsync();
        var dataType = TestData.DataType();
        await CommitAsync(unitOfWork => unitOfWork.DataTypes.Add(dataType));
        await using var stale = await UnitsOfWork.BeginAsync(None);
        var staleType = await stale.ContentTypes.GetAsync(contentType.Key, None);
        var staleDataType = await stale.DataTypes.GetAsync(dataType.Key, None);

        await CommitAsync(async unitOfWork =>
        {
            (await unitOfWork.ContentTypes.GetAsync(contentType.Key, None))!.Revision++;
            (await unitOfWork.DataTypes.GetAsync(dataType.Key, None))!.Revision++;
        });
        staleType!.Name = "Stale";
        staleType.Revision++;
        staleDataType!.ConfigurationJson = "{}";
        staleDataType.Revision++;

        Assert.That(() => stale.CommitAsync(None), Throws.TypeOf<ConcurrencyConflictException>());
    }

    [Test]
    public async Task Commit_changing_a_row_deleted_meanwhile_throws_ConcurrencyConflictException()
    {
        var dataType = TestData.DataType();
        await CommitAsync(unitOfWork => unitOfWork.DataTypes.Add(dataType));
        await using var stale = await UnitsOfWork.BeginAsync(None);
        var staleCopy = await stale.DataTypes.GetAsync(dataType.Key, None);

        await CommitAsync(async unitOfWork => unitOfWork.DataTypes.Remove((await unitOfWork.DataTypes.GetAsync(dataType.Key, None))!));
        staleCopy!.Name = "Gone";
        staleCopy.Revision++;

        Assert.That(() => stale.CommitAsync(None), Throws.TypeOf<ConcurrencyConflictException>());
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Concurrent_writers_queue_rather_than_fail(CancellationToken cancellationToken)
    {
        const int Writers = 40;
        var (contentType, parent) = await SeedNodeAsync();
        var before = await ChangeLog.GetLatestIdAsync(None);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(index => Task.Run(
            async () =>
            {
                await using var unitOfWork = await UnitsOfWork.BeginAsync(cancellationToken);
                var siblings = await unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, parent.Key, cancellationToken);
                var child = TestData.Node(contentType, parent, $"Child {index}", sortOrder: siblings.Count);
                unitOfWork.Nodes.Add(child);
                unitOfWork.Versions.Add(TestData.Version(child));
                unitOfWork.Raise(new DocumentSavedNotification([child.Key]));
                await unitOfWork.CommitAsync(cancellationToken);
            },
            cancellationToken)));

        var children = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, parent.Key, None));
        var entries = await ChangeLog.GetAfterAsync(before, 1000, None);
        Assert.That(children, Has.Count.EqualTo(Writers));
        Assert.That(entries, Has.Count.EqualTo(Writers));
        Assert.That(entries.Select(entry => entry.Id), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Concurrent_read_then_write_units_of_work_on_different_rows_all_commit(CancellationToken cancellationToken)
    {
        var (contentType, parent) = await SeedNodeAsync();
        var nodes = Enumerable.Range(0, 20).Select(index => TestData.Node(contentType, parent, $"Node {index}", index)).ToList();
        await CommitAsync(unitOfWork => nodes.ForEach(unitOfWork.Nodes.Add));

        await Task.WhenAll(nodes.Select(node => Task.Run(
            async () =>
            {
                await using var unitOfWork = await UnitsOfWork.BeginAsync(cancellationToken);
                var tracked = await unitOfWork.Nodes.GetAsync(node.Key, cancellationToken);
                await Task.Delay(Random.Shared.Next(5), cancellationToken);
                tracked!.Name += " (edited)";
                tracked.Revision++;
                await unitOfWork.CommitAsync(cancellationToken);
            },
            cancellationToken)));

        var stored = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, parent.Key, None));
        Assert.That(stored.Select(node => node.Name), Has.All.EndsWith("(edited)"));
    }
}
