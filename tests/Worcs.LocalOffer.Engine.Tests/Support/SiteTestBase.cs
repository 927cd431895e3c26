using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Support;

/// <summary>Adds a published home page with a published news index under it.</summary>
public abstract class SiteTestBase(DatabaseEngine engine) : EngineTestBase(engine)
{
    protected Node Home { get; private set; } = null!;

    protected Node NewsIndex { get; private set; } = null!;

    [SetUp]
    public async Task CreateSite()
    {
        Home = (await Documents.CreateAsync(new NodeCreateRequest("home", "Home", null), publish: true)).Value!;
        NewsIndex = (await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "News", Home.Key), publish: true)).Value!;
        Notifications.Clear();
    }

    protected async Task<Node> CreateArticleAsync(string name, bool publish = false, Guid? parentKey = null, string title = "A title")
    {
        var result = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", name, parentKey ?? NewsIndex.Key, Values(("title", title))), publish);
        Assert.That(result.Succeeded, Is.True, result.ToString());
        return result.Value!;
    }
}
