using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

public sealed partial class DocumentServiceTests
{
    [Test]
    public async Task History_lists_every_saved_version_newest_first()
    {
        var article = await CreateArticleAsync("Versioned", title: "First");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Versioned", Values(("title", "Second"))), publish: true);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Versioned", Values(("title", "Third"))));

        var history = await Documents.GetHistoryAsync(article.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Select(version => version.GetValue("title")), Is.EqualTo(new[] { "Third", "Second", "First" }));
            Assert.That(history.Select(version => version.WasPublished), Is.EqualTo(new[] { false, true, false }));
        }
    }

    [Test]
    public async Task Rollback_makes_an_old_version_the_new_draft_and_keeps_the_published_one()
    {
        var article = await CreateArticleAsync("Rolled back", title: "Good", publish: true);
        await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Rolled back", Values(("title", "Mistake"))), publish: true);
        var good = (await Documents.GetHistoryAsync(article.Key)).Single(version => version.GetValue("title") == "Good");

        var rolledBack = await Documents.RollbackAsync(article.Key, good.Id);

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rolledBack.Succeeded, Is.True, rolledBack.ToString());
            Assert.That(snapshot!.Draft.GetValue("title"), Is.EqualTo("Good"));
            Assert.That(snapshot.Draft.Id, Is.Not.EqualTo(good.Id));
            Assert.That(snapshot.Published!.GetValue("title"), Is.EqualTo("Mistake"));
            Assert.That(await Documents.GetHistoryAsync(article.Key), Has.Count.EqualTo(3));
        }
    }

    [Test]
    public async Task Rollback_to_a_version_of_another_document_is_refused()
    {
        var one = await CreateArticleAsync("One");
        var two = await CreateArticleAsync("Two");

        var result = await Documents.RollbackAsync(one.Key, two.DraftVersionId);

        Assert.That(result.Status, Is.EqualTo(OperationStatus.NotFound));
    }
}
