using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>Property values in each editor's Delivery API shape, read from the seed content over HTTP.</summary>
[TestFixture]
public sealed class PropertyValueTests
{
    private static HttpClient Client => SharedSeedHost.Client;

    private static async Task<JsonElement> PropertiesOf(Guid key, string query = "") =>
        (await Client.GetApiAsync($"content/item/{key}{query}")).Json.GetProperty("properties");

    [Test]
    public async Task Block_list_is_items_of_content_and_settings_elements()
    {
        var allocations = (await PropertiesOf(Seed.CapitalFundPlan)).GetProperty("allocations");
        var first = allocations.GetProperty("items")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(allocations.PropertyNames(), Is.EqualTo(new[] { "items" }));
            Assert.That(allocations.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
            Assert.That(first.PropertyNames(), Is.EqualTo(new[] { "content", "settings" }));
            Assert.That(first.GetProperty("content").PropertyNames(), Is.EqualTo(new[] { "contentType", "id", "properties" }));
            Assert.That(first.Str("content", "contentType"), Is.EqualTo("capitalFundAllocation"));
            Assert.That(first.Str("content", "id"), Is.EqualTo("f8c110d4-c0f2-5242-84d0-720a8881998e"));
            Assert.That(first.GetProperty("content").GetProperty("properties").GetProperty("amount").GetDecimal(), Is.EqualTo(1085665m));
            Assert.That(first.Str("content", "properties", "announcementDate"), Is.EqualTo("2018-03-01"));
            Assert.That(first.Str("content", "properties", "label"), Is.EqualTo("Original allocation to the local authority"));
            Assert.That(first.GetProperty("settings").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task Capital_fund_plan_total_is_the_sum_of_its_allocations()
    {
        var properties = await PropertiesOf(Seed.CapitalFundPlan);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.GetProperty("total").GetDecimal(), Is.EqualTo(Seed.CapitalFundTotal));
            Assert.That(properties.GetProperty("fundingFromYear").GetInt32(), Is.EqualTo(2018));
            Assert.That(properties.Str("publishDate"), Is.EqualTo("2019-05-01"));
        }
    }

    [Test]
    public async Task Media_picker_is_an_array_of_media_with_crops_and_properties_only_when_expanded()
    {
        var plain = (await PropertiesOf(Seed.CapitalFundPlan)).GetProperty("planDownload");
        var expanded = (await PropertiesOf(Seed.CapitalFundPlan, "?expand=properties[planDownload]")).GetProperty("planDownload");
        var media = plain[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(media.PropertyNames(), Is.EqualTo(new[] { "focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties" }));
            Assert.That(media.Str("id"), Is.EqualTo(Seed.CapitalFundPlanPdf.ToString()));
            Assert.That(media.Str("url"), Is.EqualTo("/media/gieungwj/special-provision-capital-fund-plan.pdf"));
            Assert.That(media.Str("extension"), Is.EqualTo("pdf"));
            Assert.That(media.GetProperty("crops").GetArrayLength(), Is.Zero);
            Assert.That(media.GetProperty("properties").EnumerateObject(), Is.Empty);
            Assert.That(expanded[0].GetProperty("properties").PropertyNames(), Is.EqualTo(new[] { "accessibleVersion" }));
        }
    }

    [Test]
    public async Task Multi_url_picker_external_and_content_links()
    {
        var external = (await PropertiesOf(Seed.CapitalFundPlan)).GetProperty("relatedLinks")[0];
        var content = (await PropertiesOf(Seed.CabinetArticle)).GetProperty("relatedLinks")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(external.PropertyNames(), Is.EqualTo(new[] { "url", "queryString", "title", "target", "destinationId", "destinationType", "route", "linkType" }));
            Assert.That(external.Str("url"), Is.EqualTo("https://www.gov.uk/government/organisations/department-for-education"));
            Assert.That(external.Str("target"), Is.EqualTo("_blank"));
            Assert.That(external.Str("linkType"), Is.EqualTo("External"));
            Assert.That(external.GetProperty("route").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(content.Str("linkType"), Is.EqualTo("Content"));
            Assert.That(content.GetProperty("url").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(content.Str("destinationId"), Is.EqualTo(Seed.ImprovementPlanOneYearOn.ToString()));
            Assert.That(content.Str("destinationType"), Is.EqualTo("newsArticle"));
            Assert.That(content.Str("title"), Is.EqualTo("One year into the SEND Improvement Plan (July 2019)"));
            Assert.That(content.Str("route", "path"), Is.EqualTo("/news-updates-and-feedback/send-improvement-plan-one-year-on/"));
            Assert.That(content.Str("route", "startItem", "path"), Is.EqualTo(Seed.HomeSegment));
        }
    }

    [Test]
    public async Task Content_picker_is_a_nested_item_expanded_on_request()
    {
        var plain = (await PropertiesOf(Seed.Home)).GetProperty("newsPage");
        var expanded = (await PropertiesOf(Seed.Home, "?expand=properties[newsPage]")).GetProperty("newsPage");
        var all = (await PropertiesOf(Seed.Home, "?expand=properties[$all]")).GetProperty("newsPage");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.PropertyNames(), Is.EqualTo(new[] { "contentType", "name", "createDate", "updateDate", "route", "id", "properties" }));
            Assert.That(plain.Str("id"), Is.EqualTo(Seed.NewsIndex.ToString()));
            Assert.That(plain.GetProperty("properties").EnumerateObject(), Is.Empty);
            Assert.That(expanded.Str("properties", "title"), Is.EqualTo("News, updates and feedback"));
            Assert.That(all.Str("properties", "title"), Is.EqualTo("News, updates and feedback"));
        }
    }

    [Test]
    public async Task Fields_limit_the_properties_at_each_level()
    {
        var top = await PropertiesOf(Seed.CapitalFundPlan, "?fields=properties[title,total]");
        var nested = await PropertiesOf(Seed.Home, "?expand=properties[newsPage]&fields=properties[newsPage[properties[summary]]]");
        var inBlocks = await PropertiesOf(Seed.CapitalFundPlan, "?fields=properties[allocations[properties[amount]]]");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(top.PropertyNames(), Is.EqualTo(new[] { "title", "total" }));
            Assert.That(nested.PropertyNames(), Is.EqualTo(new[] { "newsPage" }));
            Assert.That(nested.GetProperty("newsPage").GetProperty("properties").PropertyNames(), Is.EqualTo(new[] { "summary" }));
            Assert.That(inBlocks.GetProperty("allocations").GetProperty("items")[0].GetProperty("content").GetProperty("properties").PropertyNames(), Is.EqualTo(new[] { "amount" }));
        }
    }

    [Test]
    public async Task Rich_text_in_html_mode_is_markup_and_blocks()
    {
        var body = (await PropertiesOf(Seed.NewsIndex)).GetProperty("body");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.PropertyNames(), Is.EqualTo(new[] { "markup", "blocks" }));
            Assert.That(body.Str("markup"), Does.StartWith("<p>Here you can catch up on news"));
            Assert.That(body.Str("markup"), Does.Contain("<a href=\"mailto:localoffer@worcestershire.gov.uk\">"));
            Assert.That(body.GetProperty("blocks").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public async Task Tags_are_an_array_and_text_is_text()
    {
        var properties = await PropertiesOf(Seed.GraduatedResponseConsultation);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.GetProperty("audience").EnumerateArray().Select(tag => tag.GetString()), Is.EqualTo(new[] { "Professionals", "Parents and carers", "Children and young people" }));
            Assert.That(properties.Str("title"), Is.EqualTo("Consultation on the draft Graduated Response within Worcestershire"));
            Assert.That(properties.GetProperty("runByAnotherOrganisation").GetBoolean(), Is.False);
            Assert.That(properties.Str("closingDate"), Is.EqualTo("2019-03-01"));
            Assert.That(properties.GetProperty("openingDate").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(properties.GetProperty("respondLink").ValueKind, Is.EqualTo(JsonValueKind.Null), "an empty URL picker is null, as in Umbraco");
        }
    }

    [Test]
    public async Task A_closed_consultation_is_closed_and_shows_its_outcome()
    {
        var properties = await PropertiesOf(Seed.GraduatedResponseConsultation);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.Str("status"), Is.EqualTo("closed"));
            Assert.That(properties.Str("outcome", "markup"), Does.Contain("The consultation closed on 1 March 2019"));
        }
    }
}
