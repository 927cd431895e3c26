using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

public sealed partial class DocumentServiceTests
{
    [Test]
    public async Task Trash_moves_the_branch_to_the_recycle_bin_and_unpublishes_it()
    {
        var article = await CreateArticleAsync("Trashed article", publish: true);

        var trashed = await Documents.TrashAsync(NewsIndex.Key);

        var index = (await Documents.GetAsync(NewsIndex.Key))!.Node;
        var child = (await Documents.GetAsync(article.Key))!.Node;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(trashed.Succeeded, Is.True, trashed.ToString());
            Assert.That(index.Trashed, Is.True);
            Assert.That(index.Path, Is.EqualTo($"-20,{NewsIndex.Key:N}"));
            Assert.That(child.Trashed, Is.True);
            Assert.That(child.IsPublished, Is.False);
            Assert.That(child.Path, Is.EqualTo($"-20,{NewsIndex.Key:N},{article.Key:N}"));
            Assert.That(await Documents.GetRecycleBinAsync(), Has.Count.EqualTo(1));
            Assert.That(await Documents.GetChildrenAsync(Home.Key), Is.Empty);
            Assert.That(Notifications.OfType<DocumentUnpublishedNotification>().Single().Keys, Is.EquivalentTo(new[] { NewsIndex.Key, article.Key }));
        }
    }

    [Test]
    public async Task Restore_puts_the_branch_back_where_it_was_unpublished()
    {
        var article = await CreateArticleAsync("Restored article", publish: true);
        await Documents.TrashAsync(NewsIndex.Key);

        var restored = await Documents.RestoreAsync(NewsIndex.Key);

        var child = (await Documents.GetAsync(article.Key))!.Node;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(restored.Succeeded, Is.True, restored.ToString());
            Assert.That(restored.Value!.ParentKey, Is.EqualTo(Home.Key));
            Assert.That(child.Trashed, Is.False);
            Assert.That(child.Path, Is.EqualTo($"-1,{Home.Key:N},{NewsIndex.Key:N},{article.Key:N}"));
            Assert.That(child.IsPublished, Is.False);
            Assert.That(await Documents.GetRecycleBinAsync(), Is.Empty);
        }
    }

    [Test]
    public async Task Restore_when_the_old_parent_is_gone_asks_for_a_new_parent()
    {
        var archive = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Archive", Home.Key))).Value!;
        var article = await CreateArticleAsync("Orphan", parentKey: archive.Key);
        await Documents.TrashAsync(article.Key);
        await Documents.DeleteAsync(archive.Key);

        var back = await Documents.RestoreAsync(article.Key);
        var elsewhere = await Documents.RestoreAsync(article.Key, NewsIndex.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(back.Succeeded, Is.False);
            Assert.That(back.Errors[^1].Message, Does.Contain("choose another parent"));
            Assert.That(elsewhere.Succeeded, Is.True, elsewhere.ToString());
            Assert.That(elsewhere.Value!.ParentKey, Is.EqualTo(NewsIndex.Key));
        }
    }

    [Test]
    public async Task Delete_removes_the_branch_and_its_versions_for_good()
    {
        var article = await CreateArticleAsync("Deleted", publish: true);

        var deleted = await Documents.DeleteAsync(NewsIndex.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted.Succeeded, Is.True);
            Assert.That(await Documents.GetAsync(NewsIndex.Key), Is.Null);
            Assert.That(await Documents.GetAsync(article.Key), Is.Null);
            Assert.That(await Documents.GetHistoryAsync(article.Key), Is.Empty);
            Assert.That(Notifications.OfType<DocumentDeletedNotification>().Single().Keys, Is.EquivalentTo(new[] { NewsIndex.Key, article.Key }));
            Assert.That((await Documents.DeleteAsync(article.Key)).Status, Is.EqualTo(OperationStatus.NotFound));
        }
    }

    [Test]
    public async Task Empty_recycle_bin_deletes_everything_in_it()
    {
        var article = await CreateArticleAsync("Binned");
        await Documents.TrashAsync(article.Key);

        await Documents.EmptyRecycleBinAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Documents.GetRecycleBinAsync(), Is.Empty);
            Assert.That(await Documents.GetAsync(article.Key), Is.Null);
        }
    }
}
