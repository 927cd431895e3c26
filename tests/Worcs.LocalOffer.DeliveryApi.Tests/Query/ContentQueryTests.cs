using System.Net;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Query;

/// <summary>The <c>/content</c> query endpoint: fetch, filter, sort, skip and take over the seed content.</summary>
[TestFixture]
public sealed class ContentQueryTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    [Test]
    public async Task Without_parameters_it_pages_all_content_ten_at_a_time_in_tree_order()
    {
        var all = await Client.GetApiAsync("content?take=100");
        var firstPage = await Client.GetApiAsync("content");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstPage.Json.PropertyNames(), Is.EqualTo(new[] { "total", "items" }));
            Assert.That(firstPage.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount));
            Assert.That(firstPage.Json.Items(), Has.Count.EqualTo(10));
            Assert.That(all.Json.Items()[0].Str("id"), Is.EqualTo(Seed.Home.ToString()));
            Assert.That(all.Json.Items()[1].Str("id"), Is.EqualTo(Seed.NewsIndex.ToString()));
            Assert.That(all.Json.Items().Skip(2).Select(item => item.Str("route", "path")), Is.All.StartsWith("/news-updates-and-feedback/"));
        }
    }

    [Test]
    public async Task Skip_and_take_page_through_the_same_order()
    {
        var all = (await Client.GetApiAsync("content?take=100")).Json.Items().Strings("id");
        var page = await Client.GetApiAsync("content?skip=4&take=3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount));
            Assert.That(page.Json.Items().Strings("id"), Is.EqualTo(all.Skip(4).Take(3)));
        }
    }

    [TestCase("children:a9feef4c-73db-5462-ad67-2f27b044e7a1")]
    [TestCase("children:/news-updates-and-feedback/")]
    public async Task Fetch_children_by_id_or_path(string fetch)
    {
        var page = await Client.GetApiAsync($"content?fetch={fetch}&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.NewsIndexChildren));
            Assert.That(page.Json.Items().Select(item => item.Str("route", "path")), Is.All.StartsWith("/news-updates-and-feedback/"));
        }
    }

    [Test]
    public async Task Fetch_descendants_and_ancestors()
    {
        var descendants = await Client.GetApiAsync($"content?fetch=descendants:{Seed.Home}&take=100");
        var ancestors = await Client.GetApiAsync($"content?fetch=ancestors:{Seed.CapitalFundPlanPath}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(descendants.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount - 1));
            Assert.That(ancestors.Json.Items().Strings("id"), Is.EqualTo(new[] { Seed.Home.ToString(), Seed.NewsIndex.ToString() }));
        }
    }

    [Test]
    public async Task Start_item_makes_the_query_its_descendants()
    {
        var page = await Client.GetApiAsync("content?take=100", ("Start-Item", Seed.HomeSegment));

        Assert.That(page.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount - 1));
    }

    [Test]
    public async Task Fetch_of_an_unknown_item_is_an_empty_page()
    {
        var page = await Client.GetApiAsync($"content?fetch=children:{Guid.NewGuid()}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Json.GetProperty("total").GetInt32(), Is.Zero);
        }
    }

    [Test]
    public async Task Filter_content_type_with_several_values_and_negation()
    {
        var consultations = await Client.GetApiAsync("content?filter=contentType:consultation&take=100");
        var either = await Client.GetApiAsync("content?filter=contentType:consultation,capitalFundPlan&take=100");
        var notArticles = await Client.GetApiAsync("content?filter=contentType:!newsArticle&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(consultations.Json.Items().Strings("contentType"), Is.EqualTo(new[] { "consultation", "consultation", "consultation" }));
            Assert.That(either.Json.GetProperty("total").GetInt32(), Is.EqualTo(4));
            Assert.That(notArticles.Json.Items().Strings("contentType"), Has.None.EqualTo("newsArticle"));
            Assert.That(notArticles.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount - 5));
        }
    }

    [Test]
    public async Task Filter_name_contains_and_does_not_contain()
    {
        var contains = await Client.GetApiAsync("content?filter=name:improvement&take=100");
        var excludes = await Client.GetApiAsync("content?filter=name:!improvement&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contains.Json.Items().Strings("id"), Is.EquivalentTo(new[] { Seed.ImprovementPlanOneYearOn.ToString(), Seed.CabinetArticle.ToString() }));
            Assert.That(excludes.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount - 2));
        }
    }

    [Test]
    public async Task Filter_create_date_ranges_and_several_filters_are_anded()
    {
        var after = await Client.GetApiAsync("content?filter=createDate>2019-06-01T09:00:00Z&take=100");
        var onOrAfter = await Client.GetApiAsync("content?filter=createDate>:2019-06-01T09:00:00Z&take=100");
        var before = await Client.GetApiAsync("content?filter=createDate<2018-10-01&take=100");
        var both = await Client.GetApiAsync("content?filter=createDate>2019-02-01&filter=contentType:newsArticle&take=100");
        var updated = await Client.GetApiAsync("content?filter=updateDate>2000-01-01&take=100");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Json.GetProperty("total").GetInt32(), Is.EqualTo(4));
            Assert.That(onOrAfter.Json.GetProperty("total").GetInt32(), Is.EqualTo(5));
            Assert.That(before.Json.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(both.Json.Items().Strings("contentType"), Is.EqualTo(new[] { "newsArticle", "newsArticle", "newsArticle" }));
            Assert.That(updated.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount));
        }
    }

    [Test]
    public async Task Filter_and_sort_on_any_document_type_property()
    {
        var closingAfter = await Client.GetApiAsync("content?filter=closingDate>2019-08-01&sort=closingDate:asc&fields=properties[closingDate]");
        var closingDesc = await Client.GetApiAsync("content?filter=contentType:consultation&sort=closingDate:desc&fields=properties[closingDate]");
        var byStatus = await Client.GetApiAsync("content?filter=status:closed&take=100");
        var byYear = await Client.GetApiAsync("content?filter=fundingFromYear:2018");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(closingAfter.Json.Items().Select(item => item.Str("properties", "closingDate")), Is.EqualTo(new[] { "2019-08-02", "2019-08-31" }));
            Assert.That(closingDesc.Json.Items().Select(item => item.Str("properties", "closingDate")), Is.EqualTo(new[] { "2019-08-31", "2019-08-02", "2019-03-01" }));
            Assert.That(byStatus.Json.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(byYear.Json.Items().Strings("id"), Is.EqualTo(new[] { Seed.CapitalFundPlan.ToString() }));
        }
    }

    [TestCase("name:asc")]
    [TestCase("name:desc")]
    public async Task Sort_by_name(string sort)
    {
        var names = (await Client.GetApiAsync($"content?sort={sort}&take=100")).Json.Items().Strings("name");

        var expected = names.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (sort.EndsWith("desc", StringComparison.Ordinal))
        {
            expected.Reverse();
        }

        Assert.That(names, Is.EqualTo(expected));
    }

    [Test]
    public async Task Sort_by_dates_level_and_sort_order_with_tree_order_breaking_ties()
    {
        var created = (await Client.GetApiAsync("content?sort=createDate:desc&take=100")).Json.Items().Strings("createDate");
        var updated = (await Client.GetApiAsync("content?sort=updateDate:asc&take=100")).Json.Items().Strings("updateDate");
        var levels = (await Client.GetApiAsync("content?sort=level:desc&take=100")).Json.Items().Strings("id");
        var sortOrder = (await Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&sort=sortOrder:desc&take=100")).Json.Items().Strings("id");
        var treeOrder = (await Client.GetApiAsync($"content?fetch=children:{Seed.NewsIndex}&take=100")).Json.Items().Strings("id");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo(created.OrderDescending(StringComparer.Ordinal)));
            Assert.That(updated.Select(date => DateTimeOffset.Parse(date!, System.Globalization.CultureInfo.InvariantCulture)), Is.Ordered);
            Assert.That(levels.TakeLast(2), Is.EqualTo(new[] { Seed.NewsIndex.ToString(), Seed.Home.ToString() }));
            Assert.That(sortOrder, Is.EqualTo(treeOrder.Reverse()));
        }
    }
}
