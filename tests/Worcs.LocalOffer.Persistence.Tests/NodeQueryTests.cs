using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class NodeQueryTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    private ContentType _page = null!;

    [SetUp]
    public async Task AddDocumentTypeAsync()
    {
        _page = TestData.ContentType();
        await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(_page));
    }

    [Test]
    public async Task Descendants_are_every_node_below_the_path_in_path_order()
    {
        var home = TestData.Node(_page, name: "Home");
        var about = TestData.Node(_page, home, "About");
        var team = TestData.Node(_page, about, "Team");
        var news = TestData.Node(_page, home, "News");
        var other = TestData.Node(_page, name: "Other root");
        var otherChild = TestData.Node(_page, other, "Other child");
        await AddAsync(home, about, team, news, other, otherChild);

        var descendants = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetDescendantsAsync(home.Path, None));

        // Path order is depth first: Team right after About.
        var expected = new[] { about, team, news }.OrderBy(node => node.Path, StringComparer.Ordinal).Select(node => node.Key);
        Assert.That(descendants.Select(node => node.Key), Is.EqualTo(expected));
    }

    [Test]
    public async Task Descendants_of_the_tree_root_leave_out_the_recycle_bin()
    {
        var home = TestData.Node(_page, name: "Home");
        var trashed = Trashed(TestData.Node(_page, name: "Trashed"));
        var trashedChild = TestData.Node(_page, trashed, "Trashed child");
        trashedChild.Trashed = true;
        await AddAsync(home, trashed, trashedChild);

        var tree = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetDescendantsAsync(TreePath.Root, None));
        var bin = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetDescendantsAsync(TreePath.RecycleBin, None));

        Assert.That(tree.Select(node => node.Key), Is.EqualTo(new[] { home.Key }));
        Assert.That(bin.Select(node => node.Key), Is.EqualTo(new[] { trashed.Key, trashedChild.Key }));
    }

    [TestCase("-1,%")]
    [TestCase("-1,_")]
    [TestCase("-1,ABCDEF")]
    [TestCase("")]
    public async Task Descendants_refuse_a_path_that_is_not_a_tree_path(string path)
    {
        await using var unitOfWork = await UnitsOfWork.BeginAsync(None);

        Assert.That(() => unitOfWork.Nodes.GetDescendantsAsync(path, None), Throws.ArgumentException);
    }

    [Test]
    public async Task Children_come_in_sort_order_and_the_root_leaves_out_the_recycle_bin()
    {
        var home = TestData.Node(_page, name: "Home", sortOrder: 1);
        var first = TestData.Node(_page, name: "First", sortOrder: 0);
        var trashed = Trashed(TestData.Node(_page, name: "Trashed", sortOrder: -1));
        var children = new[] { 3, 1, 2, 0 }.Select(order => TestData.Node(_page, home, $"Child {order}", order)).ToArray();
        await AddAsync([home, first, trashed, .. children]);

        var roots = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, null, None));
        var homeChildren = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, home.Key, None));
        var bin = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetRecycleBinAsync(NodeKind.Document, None));
        var mediaRoots = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetChildrenAsync(NodeKind.Media, null, None));

        Assert.That(roots.Select(node => node.Name), Is.EqualTo(new[] { "First", "Home" }));
        Assert.That(homeChildren.Select(node => node.SortOrder), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(bin.Select(node => node.Key), Is.EqualTo(new[] { trashed.Key }));
        Assert.That(mediaRoots, Is.Empty);
    }

    [Test]
    public async Task Scheduled_due_finds_nodes_due_for_publishing_or_unpublishing()
    {
        var publishDue = TestData.Node(_page, name: "Publish due");
        publishDue.ScheduledPublishDate = TestData.Now.AddMinutes(-1);
        var unpublishDue = TestData.Node(_page, name: "Unpublish due");
        unpublishDue.ScheduledUnpublishDate = TestData.Now;
        var later = TestData.Node(_page, name: "Later");
        later.ScheduledPublishDate = TestData.Now.AddTicks(10);
        later.ScheduledUnpublishDate = TestData.Now.AddDays(1);
        var unscheduled = TestData.Node(_page, name: "Unscheduled");
        await AddAsync(publishDue, unpublishDue, later, unscheduled);

        var due = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetScheduledDueAsync(TestData.Now, None));

        Assert.That(due.Select(node => node.Key), Is.EquivalentTo(new[] { publishDue.Key, unpublishDue.Key }));
    }

    [Test]
    public async Task Lookups_by_many_keys_cope_with_more_keys_than_one_query_takes()
    {
        var nodes = Enumerable.Range(0, 1_200).Select(index => TestData.Node(_page, name: $"Node {index}", sortOrder: index)).ToList();
        await CommitAsync(unitOfWork =>
        {
            foreach (var node in nodes)
            {
                unitOfWork.Nodes.Add(node);
                unitOfWork.Versions.Add(TestData.Version(node));
            }
        });
        Guid[] keys = [.. nodes.Select(node => node.Key), Guid.NewGuid()];

        var found = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetManyAsync(keys, None));
        var versions = await ReadAsync(unitOfWork => unitOfWork.Versions.GetAllForNodesAsync(keys, None));
        var byId = await ReadAsync(unitOfWork => unitOfWork.Versions.GetManyAsync([.. nodes.Select(node => node.DraftVersionId)], None));
        var byType = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetByContentTypesAsync([_page.Key], None));

        Assert.That(found, Has.Count.EqualTo(nodes.Count));
        Assert.That(versions, Has.Count.EqualTo(nodes.Count));
        Assert.That(byId, Has.Count.EqualTo(nodes.Count));
        Assert.That(byType, Has.Count.EqualTo(nodes.Count));
        Assert.That(byType.Select(node => node.Path), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public async Task History_lists_a_nodes_versions_newest_first()
    {
        var node = TestData.Node(_page);
        var versions = Enumerable.Range(0, 3).Select(minutes =>
        {
            var version = TestData.Version(node, TestData.Now.AddMinutes(minutes));
            version.Id = Guid.NewGuid();
            return version;
        }).ToList();
        await CommitAsync(unitOfWork =>
        {
            unitOfWork.Nodes.Add(node);
            versions.ForEach(unitOfWork.Versions.Add);
        });

        var history = await ReadAsync(unitOfWork => unitOfWork.Versions.GetHistoryAsync(node.Key, None));

        Assert.That(history.Select(version => version.Id), Is.EqualTo(versions.Select(version => version.Id).Reverse()));
    }

    [Test]
    public async Task Content_types_are_found_by_kind_and_alias()
    {
        var image = TestData.ContentType("page", ContentTypeKind.Media);
        await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(image));

        var document = await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetByAliasAsync(ContentTypeKind.Document, "page", None));
        var media = await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetByAliasAsync(ContentTypeKind.Media, "page", None));
        var all = await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAllAsync(None));

        Assert.That(document!.Key, Is.EqualTo(_page.Key));
        Assert.That(media!.Key, Is.EqualTo(image.Key));
        Assert.That(all, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_second_type_with_the_same_kind_and_alias_is_refused()
    {
        var duplicate = TestData.ContentType(_page.Alias);

        Assert.That(
            () => CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(duplicate)),
            Throws.InstanceOf<Microsoft.EntityFrameworkCore.DbUpdateException>());
    }

    private static Node Trashed(Node node)
    {
        node.Trashed = true;
        node.Path = TreePath.Of(node.Key, TreePath.RecycleBin);
        return node;
    }

    private Task AddAsync(params Node[] nodes) =>
        CommitAsync(unitOfWork =>
        {
            foreach (var node in nodes)
            {
                unitOfWork.Nodes.Add(node);
            }
        });
}
