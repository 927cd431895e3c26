using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.Search.Tests.Relevance;

namespace Worcs.LocalOffer.Search.Tests.Http;

/// <summary><c>GET /umbraco/delivery/api/v2/content?q=</c> through real HTTP over the seed content.</summary>
[TestFixture]
public sealed class SearchEndpointTests
{
    private SearchHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SearchHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_misspelled_query_finds_the_page_with_marked_snippet_and_did_you_mean()
    {
        var (status, body, _) = await _host.SearchAsync("autisim");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var first = body.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo(JudgedQueries.AutismAct));
            Assert.That(first.GetProperty("search").GetProperty("snippet").GetString(), Does.Contain("<mark>").And.Contain("</mark>"));
            Assert.That(body.GetProperty("didYouMean").GetString(), Does.Contain("autism"));
        });
    }

    [Test]
    public async Task Items_keep_the_delivery_api_item_shape()
    {
        var (_, body, _) = await _host.SearchAsync("autism");
        var first = body.GetProperty("items")[0];
        var (_, item, _) = await _host.GetJsonAsync($"{SearchHost.Api}/content/item/{first.GetProperty("id").GetString()}");

        foreach (var member in item.EnumerateObject())
        {
            Assert.That(first.GetProperty(member.Name).GetRawText(), Is.EqualTo(member.Value.GetRawText()), member.Name);
        }
    }

    [Test]
    public async Task An_acronym_finds_the_page_it_stands_for()
    {
        var (status, body, _) = await _host.SearchAsync("EHCP");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Names(body).Take(3), Does.Contain(JudgedQueries.CapitalFund));
    }

    [Test]
    public async Task Words_only_inside_a_pdf_find_the_page_and_name_the_file()
    {
        var (_, body, _) = await _host.SearchAsync("inwards outwards");

        var first = body.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo(JudgedQueries.HighNeeds));
            Assert.That(
                first.GetProperty("search").GetProperty("foundIn").EnumerateArray().Select(file => file.GetString()),
                Does.Contain("high-needs-commissioning-review-plan.pdf"));
            Assert.That(first.GetProperty("search").GetProperty("snippet").GetString(), Does.Contain("<mark>"));
        });
    }

    [Test]
    public async Task Facets_count_every_match_by_content_type_year_and_tag()
    {
        var (_, body, _) = await _host.SearchAsync("send");

        var facets = body.GetProperty("facets");
        var total = body.GetProperty("total").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.GreaterThan(0));
            Assert.That(facets.GetProperty("contentType").EnumerateArray().Sum(value => value.GetProperty("count").GetInt64()), Is.EqualTo(total));
            Assert.That(facets.GetProperty("year").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(facets.GetProperty("tag").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(body.GetProperty("relaxed").ValueKind, Is.EqualTo(JsonValueKind.False));
        });
    }

    [Test]
    public async Task A_content_type_filter_keeps_only_that_type()
    {
        var (_, all, _) = await _host.SearchAsync("send");
        var facet = all.GetProperty("facets").GetProperty("contentType")[0];
        var alias = facet.GetProperty("value").GetString()!;

        var (status, body, _) = await _host.SearchAsync("send", $"filter=contentType:{alias}&take=100");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("total").GetInt64(), Is.EqualTo(facet.GetProperty("count").GetInt64()));
            Assert.That(body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("contentType").GetString()), Is.All.EqualTo(alias));
        });
    }

    [Test]
    public async Task A_negated_content_type_filter_leaves_that_type_out()
    {
        var (_, all, _) = await _host.SearchAsync("send");
        var alias = all.GetProperty("facets").GetProperty("contentType")[0].GetProperty("value").GetString()!;

        var (_, body, _) = await _host.SearchAsync("send", $"filter=contentType:!{alias}&take=100");

        Assert.That(body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("contentType").GetString()), Has.None.EqualTo(alias));
    }

    [Test]
    public async Task Tag_and_year_filters_keep_only_matching_items()
    {
        var (_, byTag, _) = await _host.SearchAsync("", "filter=tag:autism&take=100");
        var (_, byYear, _) = await _host.SearchAsync("", "filter=year:2019&take=100");

        Assert.Multiple(() =>
        {
            Assert.That(byTag.GetProperty("total").GetInt64(), Is.GreaterThan(0));
            Assert.That(
                byTag.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()!.ToLowerInvariant()).ToList()),
                Is.All.Contains("autism"));
            Assert.That(byYear.GetProperty("total").GetInt64(), Is.GreaterThan(0));
            Assert.That(byYear.GetProperty("facets").GetProperty("year").EnumerateArray().Select(value => value.GetProperty("value").GetString()), Is.EqualTo(new[] { "2019" }));
        });
    }

    [Test]
    public async Task Pages_follow_on_without_overlap()
    {
        var (_, first, _) = await _host.SearchAsync("send", "skip=0&take=3");
        var (_, second, _) = await _host.SearchAsync("send", "skip=3&take=3");
        var (_, both, _) = await _host.SearchAsync("send", "skip=0&take=6");

        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
            Assert.That(second.GetProperty("total").GetInt64(), Is.EqualTo(first.GetProperty("total").GetInt64()));
            Assert.That(Ids(first).Concat(Ids(second)), Is.EqualTo(Ids(both)));
            Assert.That(Ids(first), Is.Not.EquivalentTo(Ids(second)));
        });
    }

    [Test]
    public async Task Sort_by_name_orders_the_matches()
    {
        var (status, body, _) = await _host.SearchAsync("send", "sort=name:asc&take=20");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Names(body), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
    }

    [TestCase("take=abc", "take")]
    [TestCase("take=-1", "take")]
    [TestCase("take=5000", "take")]
    [TestCase("take=101", "take")]
    [TestCase("skip=x", "skip")]
    [TestCase("sort=colour:asc", "sort")]
    [TestCase("sort=name:sideways", "sort")]
    [TestCase("filter=name:plan", "filter")]
    [TestCase("filter=year:twenty", "filter")]
    [TestCase("fetch=children:/", "fetch")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var (status, body, _) = await _host.SearchAsync("plan", query);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("parameter").GetString(), Is.EqualTo(parameter));
            Assert.That(body.GetProperty("type").GetString(), Is.EqualTo("Error"));
            Assert.That(body.GetProperty("detail").GetString(), Is.Not.Empty);
        });
    }

    [TestCase("title:(plan AND \"send OR ~2 ^3 [a TO z] {x} \\ / * ? !")]
    [TestCase("\"unbalanced quote")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("plan\u0000\u0001\u0007\u001b send")]
    public async Task Any_query_text_is_read_as_plain_text(string q)
    {
        var (status, body, _) = await _host.SearchAsync(q);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("total").GetInt64(), Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task Ten_thousand_characters_of_query_are_answered()
    {
        var q = string.Concat(Enumerable.Repeat("autism plan ", 834))[..10_000];

        var (status, body, _) = await _host.SearchAsync(q);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("items").ValueKind, Is.EqualTo(JsonValueKind.Array));
    }

    [Test]
    public async Task Search_answers_are_publicly_cacheable_briefly_and_revalidate()
    {
        var (_, _, message) = await _host.SearchAsync("autism");
        var etag = message.Headers.ETag!.ToString();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SearchHost.Api}/content?q=autism");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var again = await _host.Client.SendAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(message.Headers.CacheControl!.Public, Is.True);
            Assert.That(message.Headers.CacheControl.MaxAge, Is.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        });
    }

    [Test]
    public async Task Without_q_the_content_query_is_unchanged()
    {
        var (status, body, _) = await _host.GetJsonAsync($"{SearchHost.Api}/content?take=2");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.EnumerateObject().Select(member => member.Name), Is.EqualTo(new[] { "total", "items" }));
        Assert.That(body.GetProperty("items")[0].TryGetProperty("search", out _), Is.False);
    }

    [Test]
    public async Task The_openapi_document_describes_q_and_the_search_members_as_an_extension()
    {
        var (_, document, _) = await _host.GetJsonAsync("/umbraco/swagger/delivery/swagger.json");
        var q = document.GetProperty("paths").GetProperty($"{SearchHost.Api}/content").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(parameter => parameter.GetProperty("name").GetString() == "q");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.Multiple(() =>
        {
            Assert.That(q.GetProperty("description").GetString(), Does.StartWith("Extension"));
            Assert.That(schemas.GetProperty("ApiContentResponseModel").GetProperty("properties").TryGetProperty("search", out _), Is.True);
            Assert.That(schemas.GetProperty("PagedIApiContentResponseModel").GetProperty("properties").TryGetProperty("facets", out _), Is.True);
            Assert.That(schemas.GetProperty("PagedIApiContentResponseModel").GetProperty("required").EnumerateArray().Select(name => name.GetString()), Is.EquivalentTo(new[] { "total", "items" }));
            Assert.That(schemas.GetProperty("ApiContentSearchHitModel").GetProperty("properties").TryGetProperty("snippet", out _), Is.True);
        });
    }

    private static List<string?> Names(JsonElement body) => [.. body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString())];

    private static List<string?> Ids(JsonElement body) => [.. body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString())];
}
