using System.Text.Json;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

/// <summary>Publishes a news article whose body links to another article and to a media item by local links.</summary>
internal static class LocalLinkArticle
{
    public static async Task<Guid> PublishAsync(SeedHost host)
    {
        var documents = host.Get<DocumentService>();
        var template = await documents.GetAsync(Seed.CabinetArticle);
        var markup = $"<p>Read <a href=\"/{{localLink:{Seed.ImprovementPlanOneYearOn}}}?year=1\" type=\"document\">the plan</a> or "
            + $"<a href=\"/{{localLink:{Seed.CapitalFundPlanPdf}}}\" type=\"media\">the PDF</a> or <a href=\"/{{localLink:{Guid.NewGuid()}}}\" type=\"document\">a lost page</a>.</p>";
        var values = new Dictionary<string, string?>(template!.Draft.Values, StringComparer.OrdinalIgnoreCase)
        {
            ["body"] = JsonSerializer.Serialize(new { markup, blocks = (object?)null }),
        };
        var created = await documents.CreateAsync(new NodeCreateRequest("newsArticle", "Local links " + Guid.NewGuid().ToString("N")[..6], Seed.NewsIndex, values), publish: true);
        Assert.That(created.Succeeded, Is.True, created.ToString());
        return created.Value!.Key;
    }
}
