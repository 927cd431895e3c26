using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

public sealed partial class DocumentServiceTests
{
    [Test]
    public async Task Move_puts_the_node_under_its_new_parent_and_raises_moved()
    {
        var archive = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Archive", Home.Key))).Value!;
        var article = await CreateArticleAsync("Moved article");
        Notifications.Clear();

        var moved = await Documents.MoveAsync(article.Key, archive.Key);

        var reloaded = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved.Succeeded, Is.True, moved.ToString());
            Assert.That(reloaded!.Node.ParentKey, Is.EqualTo(archive.Key));
            Assert.That(reloaded.Node.Path, Is.EqualTo($"-1,{Home.Key:N},{archive.Key:N},{article.Key:N}"));
            Assert.That(Notifications.OfType<DocumentMovedNotification>().Single().Keys, Is.EqualTo(new[] { article.Key }));
        }
    }

    [Test]
    public async Task Move_to_a_place_the_type_is_not_allowed_is_refused_and_changes_nothing()
    {
        var toRoot = await Documents.MoveAsync(NewsIndex.Key, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(toRoot.Status, Is.EqualTo(OperationStatus.NotAllowed));
            Assert.That(toRoot.Errors.Single().Message, Does.Contain("not allowed at the root"));
            Assert.That((await Documents.GetAsync(NewsIndex.Key))!.Node.ParentKey, Is.EqualTo(Home.Key));
        }
    }

    [Test]
    public async Task Move_rewrites_every_descendant()
    {
        var folderType = await ContentTypes.GetAsync(Schema.NewsIndex.Key);
        folderType!.AllowedChildTypeKeys.Add(Schema.NewsIndex.Key);
        Assert.That((await ContentTypes.SaveAsync(folderType)).Succeeded, Is.True);
        var year = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "2019", NewsIndex.Key))).Value!;
        var article = await CreateArticleAsync("Deep article", parentKey: year.Key);
        var archive = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Archive", Home.Key))).Value!;

        var moved = await Documents.MoveAsync(year.Key, archive.Key);

        var deep = (await Documents.GetAsync(article.Key))!.Node;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved.Succeeded, Is.True, moved.ToString());
            Assert.That(deep.Path, Is.EqualTo($"-1,{Home.Key:N},{archive.Key:N},{year.Key:N},{article.Key:N}"));
            Assert.That(deep.Level, Is.EqualTo(4));
            Assert.That(Notifications.OfType<DocumentMovedNotification>().Single().Keys, Is.EquivalentTo(new[] { year.Key, article.Key }));
        }
    }

    [Test]
    public async Task Move_under_own_descendant_is_refused_as_a_cycle()
    {
        var folderType = await ContentTypes.GetAsync(Schema.NewsIndex.Key);
        folderType!.AllowedChildTypeKeys.Add(Schema.NewsIndex.Key);
        await ContentTypes.SaveAsync(folderType);
        var child = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Child", NewsIndex.Key))).Value!;

        var intoChild = await Documents.MoveAsync(NewsIndex.Key, child.Key);
        var intoSelf = await Documents.MoveAsync(NewsIndex.Key, NewsIndex.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(intoChild.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(intoChild.Errors.Single().Message, Does.Contain("under itself or one of its own descendants"));
            Assert.That(intoSelf.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That((await Documents.GetAsync(NewsIndex.Key))!.Node.ParentKey, Is.EqualTo(Home.Key));
        }
    }

    [Test]
    public async Task Sort_applies_the_given_order_and_refuses_an_incomplete_list()
    {
        var a = await CreateArticleAsync("A");
        var b = await CreateArticleAsync("B");
        var c = await CreateArticleAsync("C");

        var incomplete = await Documents.SortAsync(NewsIndex.Key, [c.Key, a.Key]);
        var sorted = await Documents.SortAsync(NewsIndex.Key, [c.Key, a.Key, b.Key]);

        var children = await Documents.GetChildrenAsync(NewsIndex.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(incomplete.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(sorted.Succeeded, Is.True);
            Assert.That(children.Select(child => child.Name), Is.EqualTo(new[] { "C", "A", "B" }));
        }
    }

    [Test]
    public async Task Setting_one_sort_order_keeps_the_number_and_leaves_the_siblings_alone()
    {
        var a = await CreateArticleAsync("A");
        var b = await CreateArticleAsync("B");

        var set = await Documents.SetSortOrderAsync(a.Key, 7);
        var negative = await Documents.SetSortOrderAsync(b.Key, -1);

        var children = await Documents.GetChildrenAsync(NewsIndex.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(set.Succeeded, Is.True);
            Assert.That(negative.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(children.Select(child => (child.Name, child.SortOrder)), Is.EqualTo(new[] { ("B", b.SortOrder), ("A", 7) }));
        }
    }

    [Test]
    public async Task Copy_with_descendants_makes_unpublished_copies_with_new_keys()
    {
        var article = await CreateArticleAsync("Original", publish: true, title: "Copied title");

        var copy = await Documents.CopyAsync(NewsIndex.Key, Home.Key, includeDescendants: true);

        var copiedChildren = await Documents.GetChildrenAsync(copy.Value!.Key);
        var copiedArticle = await Documents.GetAsync(copiedChildren.Single().Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(copy.Succeeded, Is.True, copy.ToString());
            Assert.That(copy.Value.Key, Is.Not.EqualTo(NewsIndex.Key));
            Assert.That(copy.Value.UrlSegment, Is.EqualTo("news-1"));
            Assert.That(copiedArticle!.Node.Key, Is.Not.EqualTo(article.Key));
            Assert.That(copiedArticle.Node.IsPublished, Is.False);
            Assert.That(copiedArticle.Draft.GetValue("title"), Is.EqualTo("Copied title"));
            Assert.That(copiedArticle.Node.Path, Is.EqualTo($"-1,{Home.Key:N},{copy.Value.Key:N},{copiedArticle.Node.Key:N}"));
        }
    }
}
