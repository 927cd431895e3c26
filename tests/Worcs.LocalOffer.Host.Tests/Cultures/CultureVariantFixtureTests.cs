using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Cultures;

/// <summary>
/// The culture-variant uSync fixture, imported by the host on first boot, is delivered per culture by
/// <c>Accept-Language</c>: Welsh names, routes and values where the page is published in Welsh, 404 where it is not.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class CultureVariantFixtureTests
{
    private TempContentRoot _contentRoot = null!;
    private LocalOfferHostFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHostOnTheFixture()
    {
        _contentRoot = new TempContentRoot();
        var target = Path.Combine(_contentRoot.Path, "uSync", "v17");
        foreach (var file in Directory.EnumerateFiles(SyncFixtures.CultureVariantRoot, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(SyncFixtures.CultureVariantRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        _factory = new LocalOfferHostFactory(_contentRoot.Path, new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = "uSync/v17/",
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
        });
        _client = _factory.CreateClient();
        Assert.That(await _client.PollUntilAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(90)), Is.EqualTo(HttpStatusCode.OK));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _contentRoot.Dispose();
    }

    [Test]
    public async Task A_page_published_in_both_languages_answers_in_the_language_asked_for_and_lists_both()
    {
        using var welsh = await GetItemAsync(SyncFixtures.FamilyFunDay, "cy-GB");
        using var english = await GetItemAsync(SyncFixtures.FamilyFunDay, null);

        var cy = welsh!.RootElement;
        var en = english!.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cy.GetProperty("name").GetString(), Is.EqualTo("Diwrnod hwyl i'r teulu"));
            Assert.That(cy.GetProperty("properties").GetProperty("title").GetString(), Is.EqualTo("Diwrnod hwyl i'r teulu yn y llyfrgell"));
            Assert.That(cy.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString(), Is.EqualTo("diwrnod-hwyl-ir-teulu"));
            Assert.That(en.GetProperty("name").GetString(), Is.EqualTo("Family fun day"), "no header: the default language");
            Assert.That(en.GetProperty("properties").GetProperty("title").GetString(), Is.EqualTo("Family fun day at the library"));
            Assert.That(en.GetProperty("properties").GetProperty("eventDate").GetString(), Is.EqualTo(cy.GetProperty("properties").GetProperty("eventDate").GetString()), "the date does not vary");
            Assert.That(cy.GetProperty("cultures").EnumerateObject().Select(culture => culture.Name), Is.EquivalentTo(new[] { "en-GB", "cy-GB" }));
        }
    }

    [Test]
    public async Task A_page_published_in_English_only_is_not_found_in_Welsh()
    {
        using var welsh = await GetItemAsync(SyncFixtures.ParentCarerForum, "cy-GB");
        using var english = await GetItemAsync(SyncFixtures.ParentCarerForum, "en-GB");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(welsh, Is.Null);
            Assert.That(english!.RootElement.GetProperty("cultures").EnumerateObject().Select(culture => culture.Name), Is.EqualTo(new[] { "en-GB" }));
        }
    }

    /// <summary>The item's JSON, or null for a 404.</summary>
    private async Task<JsonDocument?> GetItemAsync(Guid key, string? culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{key}");
        if (culture is not null)
        {
            request.Headers.Add("Accept-Language", culture);
        }

        using var response = await _client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
