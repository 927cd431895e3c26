using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

/// <summary>Two new siblings with one name, created at the same moment, never end up with the same route.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class SiblingUrlSegmentRaceTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [Test]
    public async Task The_second_of_two_racing_creates_with_one_segment_loses_at_commit()
    {
        var unitsOfWork = Services.GetRequiredService<IUnitOfWorkFactory>();
        var writer = Services.GetRequiredService<NodeWriter>();
        var request = new NodeCreateRequest("newsArticle", "Same name", NewsIndex.Key, Values(("title", "A title")));

        // Both read the siblings before either commits, so both pick the same free segment.
        await using var first = await unitsOfWork.BeginAsync(CancellationToken.None);
        await using var second = await unitsOfWork.BeginAsync(CancellationToken.None);
        var one = await writer.CreateAsync(first, NodeKind.Document, request, ValidationMode.Save, CancellationToken.None);
        var other = await writer.CreateAsync(second, NodeKind.Document, request, ValidationMode.Save, CancellationToken.None);
        Assert.That(one.Value!.UrlSegment, Is.EqualTo(other.Value!.UrlSegment));
        await first.CommitAsync(CancellationToken.None);

        Assert.That(async () => await second.CommitAsync(CancellationToken.None), Throws.InstanceOf<ConcurrencyConflictException>());
        var children = await Documents.GetChildrenAsync(NewsIndex.Key);
        Assert.That(children.Select(child => child.UrlSegment), Is.EqualTo(new[] { "same-name" }));
    }

    [Test]
    public async Task Concurrent_creates_with_one_name_all_succeed_with_different_segments()
    {
        const int creates = 8;

        var results = await Task.WhenAll(Enumerable.Range(0, creates).Select(_ => Task.Run(() =>
            Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Breaking news", NewsIndex.Key, Values(("title", "A title")))))));

        Assert.That(results.Where(result => !result.Succeeded).Select(result => result.ToString()), Is.Empty);
        var segments = (await Documents.GetChildrenAsync(NewsIndex.Key)).Select(child => child.UrlSegment).ToList();
        Assert.That(segments, Has.Count.EqualTo(creates));
        Assert.That(segments, Is.Unique);
    }
}
