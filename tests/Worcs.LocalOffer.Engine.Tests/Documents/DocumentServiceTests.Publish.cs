using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

public sealed partial class DocumentServiceTests
{
    [Test]
    public async Task Publish_copies_the_draft_to_the_published_version()
    {
        var article = await CreateArticleAsync("Cabinet approves plan", title: "Cabinet approves SEND plan");

        var published = await Documents.PublishAsync(article.Key);

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.Succeeded, Is.True, published.ToString());
            Assert.That(snapshot!.Node.IsPublished, Is.True);
            Assert.That(snapshot.Node.HasUnpublishedChanges, Is.False);
            Assert.That(snapshot.Published!.GetValue("title"), Is.EqualTo("Cabinet approves SEND plan"));
            Assert.That(snapshot.Node.PublishDate, Is.EqualTo(Clock.GetUtcNow().UtcDateTime));
            Assert.That(Notifications.OfType<DocumentPublishedNotification>().Single().Keys, Is.EqualTo(new[] { article.Key }));
        }
    }

    [Test]
    public async Task Publish_with_missing_mandatory_value_and_bad_regex_returns_every_failure_and_writes_nothing()
    {
        var article = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Untitled", NewsIndex.Key, Values(("summary", "PLEASE READ THIS NOW"))));

        var published = await Documents.PublishAsync(article.Value!.Key);

        var snapshot = await Documents.GetAsync(article.Value.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(published.Errors, Is.EquivalentTo(new[]
            {
                new ValidationError("properties.title", "'title' is mandatory."),
                new ValidationError("properties.summary", "Do not write the summary in capitals."),
            }));
            Assert.That(snapshot!.Node.IsPublished, Is.False);
            Assert.That(snapshot.Node.Revision, Is.EqualTo(article.Value.Revision));
            Assert.That(Notifications.OfType<DocumentPublishedNotification>(), Is.Empty);
        }
    }

    [Test]
    public async Task Publish_under_an_unpublished_parent_is_refused()
    {
        var index = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Archive", Home.Key))).Value!;
        var article = await CreateArticleAsync("Old news", parentKey: index.Key);

        var published = await Documents.PublishAsync(article.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.Status, Is.EqualTo(OperationStatus.NotAllowed));
            Assert.That(published.Errors.Single().Message, Does.Contain("parent 'Archive'"));
        }
    }

    [Test]
    public async Task Save_and_publish_in_one_call_publishes_the_new_draft()
    {
        var article = await CreateArticleAsync("Roadshow dates", publish: true, title: "Old");
        Notifications.Clear();

        var result = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Roadshow dates", Values(("title", "New"))), publish: true);

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.True, result.ToString());
            Assert.That(snapshot!.Published!.GetValue("title"), Is.EqualTo("New"));
            Assert.That(Notifications.Received.Select(notification => notification.GetType().Name), Is.EqualTo(new[] { nameof(DocumentSavedNotification), nameof(DocumentPublishedNotification) }));
        }
    }

    [Test]
    public async Task Unpublish_removes_the_published_version_and_keeps_the_draft()
    {
        var article = await CreateArticleAsync("Withdrawn", publish: true);

        var result = await Documents.UnpublishAsync(article.Key);
        var again = await Documents.UnpublishAsync(article.Key);

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(again.Status, Is.EqualTo(OperationStatus.NotAllowed));
            Assert.That(snapshot!.Published, Is.Null);
            Assert.That(snapshot.Draft.GetValue("title"), Is.EqualTo("A title"));
            Assert.That(Notifications.OfType<DocumentUnpublishedNotification>().Single().Keys, Is.EqualTo(new[] { article.Key }));
        }
    }

    [Test]
    public async Task Notification_handlers_run_after_commit_and_see_the_committed_state()
    {
        var article = await CreateArticleAsync("Seen after commit");

        await Documents.PublishAsync(article.Key);

        var probe = Services.GetRequiredService<CommittedStateProbe>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(probe.Observations.Where(observation => observation.Key == article.Key), Is.EqualTo(new[] { (article.Key, true) }));
            Assert.That(probe.Observations.Select(observation => observation.Published), Is.All.True);
        }
    }
}
