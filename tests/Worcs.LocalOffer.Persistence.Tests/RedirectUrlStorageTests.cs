using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

/// <summary>The <c>RedirectUrls</c> table on both providers: lookups by old route, and removal with the document.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class RedirectUrlStorageTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    public async Task The_most_recent_redirect_for_a_route_wins_and_a_start_item_narrows_it_to_its_root()
    {
        var (page, other) = await TwoPagesAsync();
        var rootA = Guid.NewGuid();
        var rootB = Guid.NewGuid();
        await CommitAsync(unitOfWork =>
        {
            unitOfWork.Redirects.Add(Redirect("/news/old", rootA, page.Key, TestData.Now));
            unitOfWork.Redirects.Add(Redirect("/news/old", rootB, other.Key, TestData.Now.AddMinutes(5)));
        });

        var anyRoot = await ReadAsync(unitOfWork => unitOfWork.Redirects.GetMostRecentAsync("/news/old", null, None));
        var underA = await ReadAsync(unitOfWork => unitOfWork.Redirects.GetMostRecentAsync("/news/old", rootA, None));
        var otherRoute = await ReadAsync(unitOfWork => unitOfWork.Redirects.GetMostRecentAsync("/news/old-er", null, None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(anyRoot?.ContentKey, Is.EqualTo(other.Key));
            Assert.That(underA?.ContentKey, Is.EqualTo(page.Key));
            Assert.That(underA?.CreateDateUtc, Is.EqualTo(TestData.Now));
            Assert.That(otherRoute, Is.Null);
        }
    }

    [Test]
    public async Task Deleting_the_document_deletes_its_redirects_in_the_same_commit()
    {
        var (page, kept) = await TwoPagesAsync();
        await CommitAsync(unitOfWork =>
        {
            unitOfWork.Redirects.Add(Redirect("/gone", page.Key, page.Key, TestData.Now));
            unitOfWork.Redirects.Add(Redirect("/kept", kept.Key, kept.Key, TestData.Now));
        });

        await CommitAsync(async unitOfWork =>
        {
            await unitOfWork.Versions.RemoveAllForNodeAsync(page.Key, None);
            unitOfWork.Nodes.Remove((await unitOfWork.Nodes.GetAsync(page.Key, None))!);
        });

        var remaining = await ReadAsync(unitOfWork => unitOfWork.Redirects.GetByUrlsAsync(["/gone", "/kept"], None));
        Assert.That(remaining.Select(redirect => redirect.Url), Is.EqualTo(new[] { "/kept" }));
    }

    private async Task<(Node First, Node Second)> TwoPagesAsync()
    {
        var (type, first) = await SeedNodeAsync();
        var second = TestData.Node(type, name: "Second");
        await CommitAsync(unitOfWork =>
        {
            unitOfWork.Nodes.Add(second);
            unitOfWork.Versions.Add(TestData.Version(second));
        });
        return (first, second);
    }

    private static RedirectUrl Redirect(string url, Guid root, Guid content, DateTime created) =>
        new() { Key = Guid.NewGuid(), Url = url, RootKey = root, ContentKey = content, CreateDateUtc = created };
}
