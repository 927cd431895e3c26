using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Tests.Relevance;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>A rebuild builds a new copy beside the old: search answers throughout, and a failed rebuild changes nothing.</summary>
public sealed class RebuildTests
{
    private SearchSite _site = null!;

    [SetUp]
    public async Task ImportSeedAndIndex() => _site = await SearchSite.CreateAsync();

    [TearDown]
    public async Task Dispose() => await _site.DisposeAsync();

    [Test]
    public async Task Search_answers_from_the_old_index_while_a_rebuild_runs_and_changes_made_meanwhile_survive_the_swap()
    {
        var index = _site.Indexes.External;
        var source = _site.Services.GetRequiredService<IndexContentSource>();
        var halfway = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var rebuild = index.RebuildAsync(Gated(source.AllAsync(IndexTarget.External, CancellationToken.None), halfway, release), CancellationToken.None);
        await halfway.Task;

        var during = await _site.SearchAsync("autism act");
        var statusDuring = index.Status();
        var created = await _site.Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Published mid-rebuild", SeedContent.NewsIndexKey, SeedContent.NewsArticle("Published mid-rebuild", "wombatish update")), publish: true);
        await _site.Maintenance.ApplyAsync([new IndexWork(IndexWorkKind.Refresh, [created.Value!.Key])], CancellationToken.None);
        release.SetResult();
        var result = await rebuild;
        var after = await _site.SearchAsync("wombatish");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(during.Items[0].Name, Is.EqualTo(JudgedQueries.AutismAct));
            Assert.That(statusDuring.Health, Is.EqualTo(IndexHealth.Rebuilding));
            Assert.That(statusDuring.DocumentCount, Is.EqualTo(19));
            Assert.That(result.Succeeded, Is.True, result.Error);
            Assert.That(index.Status().Health, Is.EqualTo(IndexHealth.Healthy));
            Assert.That(after.Items.Select(item => item.Name), Is.EqualTo(new[] { "Published mid-rebuild" }));
            Assert.That(index.Status().DocumentCount, Is.EqualTo(20));
        }
    }

    [Test]
    public async Task Searcher_borrowed_before_a_swap_keeps_working_after_it()
    {
        var index = _site.Indexes.External;
        using var lease = index.AcquireSearcher();

        var result = await _site.Maintenance.RebuildAsync(index, IndexTarget.External, CancellationToken.None);
        var hits = lease.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 100);
        var names = hits.ScoreDocs.Select(hit => lease.Searcher.Doc(hit.Doc).Get(ContentFields.NodeName, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.True, result.Error);
            Assert.That(names, Has.Count.EqualTo(19).And.Contains(JudgedQueries.AutismAct));
        }
    }

    [Test]
    public async Task Failed_rebuild_leaves_the_old_index_in_use()
    {
        var index = _site.Indexes.External;
        var before = index.Status();

        var result = await index.RebuildAsync(Failing(), CancellationToken.None);

        var response = await _site.SearchAsync("autism act");
        var after = index.Status();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Error, Does.Contain("source broke"));
            Assert.That(after.Directory, Is.EqualTo(before.Directory));
            Assert.That(after.DocumentCount, Is.EqualTo(before.DocumentCount));
            Assert.That(after.LastRebuildError, Does.Contain("source broke"));
            Assert.That(response.Items[0].Name, Is.EqualTo(JudgedQueries.AutismAct));
            Assert.That(Directory.GetDirectories(Path.GetDirectoryName(before.Directory)!), Has.Length.EqualTo(1), "the half-built copy is removed");
        }
    }

    [Test]
    public async Task Rebuild_through_maintenance_rebuilds_both_indexes()
    {
        var results = await _site.Maintenance.RebuildAllAsync(CancellationToken.None);

        Assert.That(results.Select(result => (result.Succeeded, result.DocumentCount)), Is.EqualTo(new[] { (true, 19), (true, 19) }));
    }

    [Test]
    public async Task A_rebuild_leaves_out_a_published_page_under_an_unpublished_section()
    {
        var unpublished = await _site.Documents.UnpublishAsync(SeedContent.NewsIndexKey);
        Assert.That(unpublished.Succeeded, Is.True, () => string.Join("; ", unpublished.Errors));

        var result = await _site.Maintenance.RebuildAsync(_site.Indexes.External, IndexTarget.External, CancellationToken.None);
        var found = await _site.SearchAsync("autism act");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.True, result.Error);
            Assert.That((await _site.Documents.GetAsync(SeedContent.AutismActKey))!.Node.IsPublished, Is.True, "the page itself stays published");
            Assert.That(found.Items.Select(item => item.Key), Does.Not.Contain(SeedContent.AutismActKey));
        }
    }

    private static async IAsyncEnumerable<ValueSet> Gated(IAsyncEnumerable<ValueSet> source, TaskCompletionSource halfway, TaskCompletionSource release, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var valueSet in source.WithCancellation(cancellationToken))
        {
            if (++count == 5)
            {
                halfway.SetResult();
                await release.Task;
            }

            yield return valueSet;
        }
    }

    private static async IAsyncEnumerable<ValueSet> Failing()
    {
        await Task.Yield();
        yield return new ValueSet("only-one", "content", "newsArticle").Add("title", "half-built");
        throw new InvalidOperationException("source broke");
    }
}
