using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Querying;
using Worcs.LocalOffer.Search.Tests.Relevance;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>The Examine-style query API over the ExternalIndex of the seed content.</summary>
[NonParallelizable]
public sealed class FluentQueryTests
{
    private SearchSite _site = null!;

    [OneTimeSetUp]
    public async Task ImportSeedAndIndex() => _site = await SearchSite.CreateAsync();

    [OneTimeTearDown]
    public async Task Dispose() => await _site.DisposeAsync();

    [Test]
    public void Field_and_managed_query_combine_with_and()
    {
        var results = _site.Indexes.External.Searcher.CreateQuery("content")
            .Field("__NodeTypeAlias", "newsArticle").And().ManagedQuery("autism")
            .Execute(QueryOptions.SkipTake(0, 10));

        Assert.That(results.Items.Select(item => item[ContentFields.NodeName]), Is.EquivalentTo(new[] { JudgedQueries.AutismAct, JudgedQueries.NhsPlan }));
    }

    [Test]
    public void Not_excludes_and_order_by_name_sorts()
    {
        var results = _site.Indexes.External.Searcher.CreateQuery("content")
            .Field("__NodeTypeAlias", "newsArticle").Not().Field(ContentFields.Tags, "autism")
            .OrderBy(new SortableField(ContentFields.NodeName))
            .Execute();
        var names = results.Items.Select(item => item[ContentFields.NodeName]!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Is.EquivalentTo(new[] { JudgedQueries.Cabinet, JudgedQueries.OneYearOn, JudgedQueries.CoProduction }));
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
        }
    }

    [Test]
    public void Range_query_on_year_and_grouped_or()
    {
        var in2018 = _site.Indexes.External.Searcher.CreateQuery("content").RangeQuery(ContentFields.Year, 2018, 2018).Execute();
        var either = _site.Indexes.External.Searcher.CreateQuery().GroupedOr([ContentFields.Title], "roadshows", "autism").Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(in2018.Items.Select(item => item[ContentFields.Year]), Is.All.EqualTo("2018").And.Not.Empty);
            Assert.That(either.Items.Select(item => item[ContentFields.NodeName]), Is.EquivalentTo(new[] { JudgedQueries.Roadshows, JudgedQueries.AutismAct }));
        }
    }

    [Test]
    public void Paging_skips_and_takes_and_reports_the_total()
    {
        var all = _site.Indexes.External.Searcher.CreateQuery().All().Execute(QueryOptions.SkipTake(0, 100));
        var page = _site.Indexes.External.Searcher.CreateQuery().All().Execute(QueryOptions.SkipTake(5, 3));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.TotalItemCount, Is.EqualTo(all.TotalItemCount).And.EqualTo(19));
            Assert.That(page.Items.Select(item => item.Id), Is.EqualTo(all.Items.Skip(5).Take(3).Select(item => item.Id)));
        }
    }
}
