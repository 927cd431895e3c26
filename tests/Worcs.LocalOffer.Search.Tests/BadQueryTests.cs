using Worcs.LocalOffer.Search.Site;
using Worcs.LocalOffer.Search.Tests.Relevance;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>Any text is plain text: search never throws for it, and Lucene syntax has no effect.</summary>
[NonParallelizable]
public sealed class BadQueryTests
{
    private SearchSite _site = null!;

    [OneTimeSetUp]
    public async Task ImportSeedAndIndex() => _site = await SearchSite.CreateAsync();

    [OneTimeTearDown]
    public async Task Dispose() => await _site.DisposeAsync();

    public static IEnumerable<TestCaseData> NastyQueries()
    {
        var cases = new (string Name, string? Text)[]
        {
            ("null", null),
            ("empty", ""),
            ("spaces", "   \t  "),
            ("lucene syntax", "+autism -(title:x) AND OR NOT ~ * ? : ^ [ ] { } \\ / && || !"),
            ("field syntax", "title:autism^100"),
            ("range syntax", "[a TO z]"),
            ("wildcards only", "* ? *?*"),
            ("unbalanced quote", "\"autism assessments"),
            ("three quotes", "\"a\" \"b"),
            ("only quotes", "\"\"\"\""),
            ("10,000 characters", string.Concat(Enumerable.Repeat("autism ", 1_500))[..10_000]),
            ("one 10,000-character word", new string('a', 10_000)),
            ("control characters", "aut\u0000ism\u0001\u001f\u007f\r\n\t"),
            ("lone surrogate", "autism \ud800 plan"),
            ("emoji", "autism 🧩 support"),
            ("stop words only", "the and of"),
            ("punctuation only", "!!! ... ???"),
            ("html", "<script>alert(1)</script>"),
            ("sql-ish", "'; DROP TABLE nodes; --"),
            ("many words", string.Join(' ', Enumerable.Range(0, 500).Select(number => "word" + number))),
            ("many acronyms", string.Concat(Enumerable.Repeat("ehcp sen senco sendiass camhs asd adhd lac salt ot pfa dfe nhs la pcf ccg sld mld pmld semh pru cin iep ", 4))),
            ("many phrases", string.Concat(Enumerable.Repeat("\"education health and care plan\" \"looked after children\" ", 20))),
            ("many misspellings", string.Join(' ', Enumerable.Range(0, 40).Select(number => "zqxv" + (char)('a' + (number % 26)) + "ism"))),
        };
        return cases.Select(item => new TestCaseData(item.Text).SetArgDisplayNames(item.Name));
    }

    [TestCaseSource(nameof(NastyQueries))]
    public async Task Query_never_throws_and_returns_a_well_formed_page(string? text)
    {
        var response = await _site.Search.SearchAsync(new SiteSearchRequest { Query = text, Take = 5 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Total, Is.GreaterThanOrEqualTo(response.Items.Count));
            Assert.That(response.Items, Has.Count.LessThanOrEqualTo(5));
            Assert.That(response.Query.Length, Is.LessThanOrEqualTo(Querying.UserQueryText.MaxLength));
            Assert.That(response.Query.Any(char.IsControl), Is.False);
        }
    }

    [Test]
    public async Task Lucene_syntax_is_read_as_plain_words()
    {
        var syntax = await _site.SearchAsync("title:autism^100");
        var words = await _site.SearchAsync("title autism 100");

        Assert.That(syntax.Items.Select(item => item.Key), Is.EqualTo(words.Items.Select(item => item.Key)));
    }

    [Test]
    public async Task An_unbalanced_quote_is_ignored()
    {
        var unbalanced = await _site.SearchAsync("\"autism assessments");
        var plain = await _site.SearchAsync("autism assessments");

        Assert.That(unbalanced.Items.Select(item => item.Key), Is.EqualTo(plain.Items.Select(item => item.Key)).And.Not.Empty);
    }

    [Test]
    public async Task Empty_query_lists_all_published_pages()
    {
        var response = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "", Take = 100 });

        var names = response.Items.Select(item => item.Name).ToList();

        Assert.That(names, Does.Contain(JudgedQueries.AutismAct).And.Count.EqualTo(13));
    }

    [Test]
    public async Task Stop_words_only_match_nothing()
    {
        var response = await _site.SearchAsync("the and of");

        Assert.That(response.Total, Is.Zero);
    }

    [TestCase(-1, 10, "skip")]
    [TestCase(0, -1, "take")]
    [TestCase(0, 101, "take")]
    [TestCase(10_001, 10, "skip")]
    public void Invalid_paging_is_a_request_error_naming_the_parameter(int skip, int take, string parameter)
    {
        var exception = Assert.ThrowsAsync<SearchRequestException>(() => _site.Search.SearchAsync(new SiteSearchRequest { Query = "autism", Skip = skip, Take = take }));

        Assert.That(exception!.Parameter, Is.EqualTo(parameter));
    }

    [TestCase("name:sideways")]
    [TestCase("colour:asc")]
    public void Invalid_sort_is_a_request_error_naming_sort(string sort)
    {
        var exception = Assert.Throws<SearchRequestException>(() => SiteSearchSortParser.Parse(sort));

        Assert.That(exception!.Parameter, Is.EqualTo("sort"));
    }

    [Test]
    public void Unknown_category_or_index_is_a_request_error()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Assert.ThrowsAsync<SearchRequestException>(() => _site.Search.SearchAsync(new SiteSearchRequest { Category = "members" }))!.Parameter, Is.EqualTo("category"));
            Assert.That(Assert.ThrowsAsync<SearchRequestException>(() => _site.Search.SearchAsync(new SiteSearchRequest { IndexName = "Nope" }))!.Parameter, Is.EqualTo("index"));
        }
    }
}
