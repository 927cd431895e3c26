using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

public sealed partial class DocumentServiceTests
{
    [Test]
    public async Task Create_gives_key_udi_tree_position_and_Umbraco_url_segment()
    {
        var article = await CreateArticleAsync("SEND Local Offer: Autumn Update!");

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(snapshot!.Node.UrlSegment, Is.EqualTo("send-local-offer-autumn-update"));
            Assert.That(snapshot.Node.Udi.ToString(), Is.EqualTo($"umb://document/{article.Key:N}"));
            Assert.That(snapshot.Node.ParentKey, Is.EqualTo(NewsIndex.Key));
            Assert.That(snapshot.Node.Level, Is.EqualTo(3));
            Assert.That(snapshot.Node.Path, Is.EqualTo($"-1,{Home.Key:N},{NewsIndex.Key:N},{article.Key:N}"));
            Assert.That(snapshot.Draft.GetValue("title"), Is.EqualTo("A title"));
            Assert.That(snapshot.Published, Is.Null);
        }
    }

    [Test]
    public async Task Url_segment_is_unique_among_siblings()
    {
        var first = await CreateArticleAsync("Capital fund");
        var second = await CreateArticleAsync("Capital fund");
        var elsewhere = await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Capital fund", Home.Key));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.UrlSegment, Is.EqualTo("capital-fund"));
            Assert.That(second.UrlSegment, Is.EqualTo("capital-fund-1"));
            Assert.That(elsewhere.Value!.UrlSegment, Is.EqualTo("capital-fund"));
        }
    }

    [Test]
    public async Task Save_writes_a_new_draft_and_leaves_the_published_version_alone()
    {
        var article = await CreateArticleAsync("Roadshow", publish: true, title: "Published title");

        var saved = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Roadshow", Values(("title", "Draft title")), article.Revision));

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(snapshot!.Draft.GetValue("title"), Is.EqualTo("Draft title"));
            Assert.That(snapshot.Published!.GetValue("title"), Is.EqualTo("Published title"));
            Assert.That(snapshot.Node.HasUnpublishedChanges, Is.True);
            Assert.That(Notifications.OfType<DocumentSavedNotification>()[^1].Keys, Is.EqualTo(new[] { article.Key }));
        }
    }

    [Test]
    public async Task Save_with_unknown_property_and_bad_decimal_is_refused_listing_both_and_writes_nothing()
    {
        var article = await CreateArticleAsync("Allocations");
        Notifications.Clear();

        var saved = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Changed", Values(("title", "T"), ("amount", "£1,085,665"), ("colour", "red"))));

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(saved.Errors.Select(error => error.Path), Is.EquivalentTo(new[] { "properties.colour", "properties.amount" }));
            Assert.That(snapshot!.Node.Name, Is.EqualTo("Allocations"));
            Assert.That(snapshot.Node.Revision, Is.EqualTo(article.Revision));
            Assert.That(Notifications.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Second_save_from_a_stale_revision_is_refused_as_a_conflict()
    {
        var article = await CreateArticleAsync("Consultation");
        var loadedByBoth = article.Revision;

        var first = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Consultation", Values(("title", "Editor one")), loadedByBoth));
        var second = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Consultation", Values(("title", "Editor two")), loadedByBoth));

        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Succeeded, Is.True);
            Assert.That(second.Status, Is.EqualTo(OperationStatus.Conflict));
            Assert.That(second.Errors.Single().Path, Is.EqualTo("revision"));
            Assert.That(snapshot!.Draft.GetValue("title"), Is.EqualTo("Editor one"));
        }
    }

    [Test]
    public async Task Concurrent_saves_racing_on_the_same_revision_never_both_win()
    {
        var article = await CreateArticleAsync("Race");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(index =>
            Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Race", Values(("title", $"Editor {index}")), article.Revision))));

        var winners = results.Where(result => result.Succeeded).ToList();
        var winnerIndex = Array.FindIndex(results, result => result.Succeeded);
        var snapshot = await Documents.GetAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(winners, Has.Count.EqualTo(1));
            Assert.That(results.Where(result => !result.Succeeded).Select(result => result.Status), Is.All.EqualTo(OperationStatus.Conflict));
            Assert.That(snapshot!.Draft.GetValue("title"), Is.EqualTo($"Editor {winnerIndex}"));
            Assert.That(snapshot.Node.Revision, Is.EqualTo(article.Revision + 1));
        }
    }

    [Test]
    public async Task Create_under_a_parent_whose_type_does_not_allow_it_is_refused()
    {
        var result = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Misplaced", Home.Key, Values(("title", "T"))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(OperationStatus.NotAllowed));
            Assert.That(result.Errors.Single().Path, Is.EqualTo("parent"));
            Assert.That(await Documents.GetChildrenAsync(Home.Key), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Create_at_root_of_a_type_not_allowed_at_root_is_refused()
    {
        var result = await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Orphan", null));

        Assert.That(result.Errors.Single().Message, Does.Contain("not allowed at the root"));
    }
}
