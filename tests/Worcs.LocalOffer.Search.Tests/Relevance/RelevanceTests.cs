using System.Globalization;
using Worcs.LocalOffer.Search.Site;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests.Relevance;

/// <summary>
/// The judged query set over the imported seed content. Each query must bring its page back within its rank, and
/// attachment-only queries must say which file matched. Precision@1 and MRR are printed.
/// </summary>
[NonParallelizable]
public sealed class RelevanceTests
{
    private SearchSite _site = null!;

    [OneTimeSetUp]
    public async Task ImportSeedAndIndex() => _site = await SearchSite.CreateAsync();

    [OneTimeTearDown]
    public async Task Dispose() => await _site.DisposeAsync();

    public static IEnumerable<TestCaseData> Cases() => JudgedQueries.All.Select(query => new TestCaseData(query).SetArgDisplayNames(query.ToString()));

    [TestCaseSource(nameof(Cases))]
    public async Task Judged_query_finds_its_page(JudgedQuery judged)
    {
        var response = await _site.SearchAsync(judged.Query, take: 10);
        var names = response.Items.Select(item => item.Name).ToList();
        var rank = names.IndexOf(judged.ExpectedPage) + 1;

        Assert.That(rank, Is.InRange(1, judged.MustBeWithin), () => $"'{judged.Query}' ranked '{judged.ExpectedPage}' at {rank}; got: {string.Join(" | ", names)}");
        if (judged.FoundIn is not null)
        {
            Assert.That(response.Items[rank - 1].FoundIn, Is.EqualTo(judged.FoundIn));
        }
    }

    [Test]
    public async Task Judged_set_precision_at_1_and_mean_reciprocal_rank()
    {
        var ranks = new List<int>();
        await TestContext.Out.WriteLineAsync("kind        | rank | query → expected");
        foreach (var judged in JudgedQueries.All)
        {
            var response = await _site.SearchAsync(judged.Query, take: 10);
            var rank = response.Items.Select(item => item.Name).ToList().IndexOf(judged.ExpectedPage) + 1;
            ranks.Add(rank);
            await TestContext.Out.WriteLineAsync($"{judged.Kind,-11} | {rank,4} | {judged.Query} → {judged.ExpectedPage}");
        }

        var precisionAt1 = ranks.Count(rank => rank == 1) / (double)ranks.Count;
        var meanReciprocalRank = ranks.Average(rank => rank == 0 ? 0 : 1.0 / rank);
        await TestContext.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"queries={ranks.Count} precision@1={precisionAt1:F3} MRR={meanReciprocalRank:F3}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ranks, Has.None.EqualTo(0), "every judged page is in the first ten results");
            Assert.That(precisionAt1, Is.GreaterThanOrEqualTo(0.8));
            Assert.That(meanReciprocalRank, Is.GreaterThanOrEqualTo(0.85));
        }
    }

    [Test]
    public async Task Year_filter_and_facets_count_over_all_matches()
    {
        var all = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "SEND", Take = 1 });
        var in2018 = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "SEND", Year = 2018, Take = 50 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Items, Has.Count.EqualTo(1));
            Assert.That(all.Facets.Years.Sum(year => year.Count), Is.EqualTo(all.Total));
            Assert.That(all.Facets.Years.Single(year => year.Value == "2018").Count, Is.EqualTo(in2018.Total));
            Assert.That(in2018.Items.Select(item => item.Year), Is.All.EqualTo(2018));
            Assert.That(in2018.Items.Select(item => item.Name), Does.Contain(JudgedQueries.Roadshows));
            Assert.That(all.Facets.ContentTypes.Select(type => type.Value), Does.Contain("newsArticle"));
        }
    }

    [Test]
    public async Task Content_type_and_tag_filters_narrow_the_results()
    {
        var news = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "autism", ContentTypes = ["newsArticle"] });
        var tagged = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "", Tags = ["Autism"] });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(news.Items.Select(item => item.ContentType), Is.All.EqualTo("newsArticle").And.Not.Empty);
            Assert.That(tagged.Items.Select(item => item.Name), Is.EquivalentTo(new[] { JudgedQueries.AutismAct, JudgedQueries.NhsPlan }));
            Assert.That(tagged.Facets.Tags.Single(tag => tag.Value == "autism").Count, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Snippet_marks_the_matched_words_and_encodes_the_text()
    {
        var response = await _site.SearchAsync("autistic families");
        var top = response.Items[0];

        Assert.That(top.Snippet, Does.Contain("<mark>autistic</mark>").IgnoreCase);
        Assert.That(top.Snippet!.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), Does.Not.Contain("<"));
    }

    [Test]
    public async Task Misspelt_query_offers_did_you_mean_from_the_index_vocabulary()
    {
        var response = await _site.SearchAsync("autisim roadshwo");

        Assert.That(response.DidYouMean, Is.EqualTo("autism roadshow"));
    }

    [Test]
    public async Task Known_words_get_no_did_you_mean()
    {
        var response = await _site.SearchAsync("autism roadshow");

        Assert.That(response.DidYouMean, Is.Null);
    }

    [Test]
    public async Task Sorting_by_name_orders_the_results()
    {
        var response = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "SEND", Sort = SiteSearchSortParser.Parse("name:asc"), Take = 50 });
        var names = response.Items.Select(item => item.Name).ToList();

        Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
    }
}
