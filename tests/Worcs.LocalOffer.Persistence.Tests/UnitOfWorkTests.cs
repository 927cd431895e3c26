using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class UnitOfWorkTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    public async Task Changes_to_tracked_entities_are_saved_on_commit()
    {
        var (_, node) = await SeedNodeAsync();

        await CommitAsync(async unitOfWork =>
        {
            var tracked = await unitOfWork.Nodes.GetAsync(node.Key, None);
            tracked!.Name = "Renamed";
            tracked.ScheduledPublishDate = TestData.Now.AddHours(1);
            tracked.Revision++;
        });
        var read = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, None));

        Assert.That(read!.Name, Is.EqualTo("Renamed"));
        Assert.That(read.ScheduledPublishDate, Is.EqualTo(TestData.Now.AddHours(1)));
        Assert.That(read.Revision, Is.EqualTo(node.Revision + 1));
    }

    [Test]
    public async Task Repositories_hand_out_one_tracked_instance_per_row()
    {
        var (_, node) = await SeedNodeAsync();

        await using var unitOfWork = await UnitsOfWork.BeginAsync(None);
        var first = await unitOfWork.Nodes.GetAsync(node.Key, None);
        var children = await unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, null, None);
        var many = await unitOfWork.Nodes.GetManyAsync([node.Key], None);

        Assert.That(children.Single(), Is.SameAs(first));
        Assert.That(many.Single(), Is.SameAs(first));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Content_type_lists_edited_in_place_are_saved_on_commit(bool callUpdate)
    {
        var (contentType, _) = await SeedNodeAsync();
        var childTypeKey = Guid.NewGuid();

        await CommitAsync(async unitOfWork =>
        {
            var tracked = await unitOfWork.ContentTypes.GetAsync(contentType.Key, None);
            tracked!.Groups.Add(new PropertyGroup { Key = Guid.NewGuid(), Alias = "seo", Name = "SEO" });
            tracked.AllowedChildTypeKeys.Add(childTypeKey);
            tracked.Revision++;
            if (callUpdate)
            {
                unitOfWork.ContentTypes.Update(tracked);
            }
        });
        var read = await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(contentType.Key, None));

        Assert.That(read!.Groups.Single().Alias, Is.EqualTo("seo"));
        Assert.That(read.AllowedChildTypeKeys, Is.EqualTo(new[] { childTypeKey }));
    }

    [Test]
    public async Task Version_values_edited_in_place_are_saved_on_commit()
    {
        var (_, node) = await SeedNodeAsync();

        await CommitAsync(async unitOfWork =>
        {
            var version = await unitOfWork.Versions.GetAsync(node.DraftVersionId, None);
            version!.Values["title"] = "Changed";
            version.Values["summary"] = "Added";
            unitOfWork.Versions.Update(version);
        });
        var read = await ReadAsync(unitOfWork => unitOfWork.Versions.GetAsync(node.DraftVersionId, None));

        Assert.That(read!.GetValue("title"), Is.EqualTo("Changed"));
        Assert.That(read.GetValue("summary"), Is.EqualTo("Added"));
    }

    [Test]
    public async Task Dispose_without_commit_writes_nothing_and_delivers_no_notification()
    {
        var (contentType, node) = await SeedNodeAsync();
        var batchesBefore = Notifications.Batches.Count;
        var changeLogBefore = await ChangeLog.GetLatestIdAsync(None);

        await using (var unitOfWork = await UnitsOfWork.BeginAsync(None))
        {
            var tracked = await unitOfWork.Nodes.GetAsync(node.Key, None);
            tracked!.Name = "Never saved";
            tracked.Revision++;
            unitOfWork.Nodes.Add(TestData.Node(contentType, name: "Never added"));
            unitOfWork.Raise(new DocumentSavedNotification([node.Key]));
        }

        var nodes = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAllAsync(NodeKind.Document, None));
        Assert.That(nodes.Single().Name, Is.EqualTo(node.Name));
        Assert.That(Notifications.Batches, Has.Count.EqualTo(batchesBefore));
        Assert.That(await ChangeLog.GetLatestIdAsync(None), Is.EqualTo(changeLogBefore));
    }

    [Test]
    public async Task Removed_node_and_its_versions_are_deleted_on_commit()
    {
        var (_, node) = await SeedNodeAsync();

        await CommitAsync(async unitOfWork =>
        {
            await unitOfWork.Versions.RemoveAllForNodeAsync(node.Key, None);
            unitOfWork.Nodes.Remove((await unitOfWork.Nodes.GetAsync(node.Key, None))!);
        });

        Assert.That(await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, None)), Is.Null);
        Assert.That(await ReadAsync(unitOfWork => unitOfWork.Versions.GetHistoryAsync(node.Key, None)), Is.Empty);
    }

    [Test]
    public async Task Remove_all_versions_also_drops_versions_added_in_the_same_unit_of_work()
    {
        var (_, node) = await SeedNodeAsync();
        var added = TestData.Version(node);
        added.Id = Guid.NewGuid();

        await CommitAsync(async unitOfWork =>
        {
            unitOfWork.Versions.Add(added);
            await unitOfWork.Versions.RemoveAllForNodeAsync(node.Key, None);
        });

        Assert.That(await ReadAsync(unitOfWork => unitOfWork.Versions.GetHistoryAsync(node.Key, None)), Is.Empty);
    }

    [Test]
    public async Task Update_of_an_entity_not_read_through_the_unit_of_work_throws()
    {
        var (contentType, _) = await SeedNodeAsync();

        await using var unitOfWork = await UnitsOfWork.BeginAsync(None);

        Assert.That(() => unitOfWork.ContentTypes.Update(contentType), Throws.InvalidOperationException);
    }

    [Test]
    public async Task A_unit_of_work_commits_once()
    {
        await using var unitOfWork = await UnitsOfWork.BeginAsync(None);
        await unitOfWork.CommitAsync(None);

        Assert.That(() => unitOfWork.CommitAsync(None), Throws.InvalidOperationException);
        Assert.That(() => unitOfWork.Raise(new DocumentSavedNotification([])), Throws.InvalidOperationException);
    }
}
