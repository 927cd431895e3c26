using System.Text.Json.Nodes;
using Worcs.LocalOffer.ContentModel.Derived;

namespace Worcs.LocalOffer.ContentModel.Tests;

/// <summary>A capital fund plan's total is the sum of the amounts of the allocations in its block list's layout.</summary>
[TestFixture]
public sealed class CapitalFundPlanTotalTests
{
    private static string Allocations(params (Guid Key, string? Amount, bool InLayout)[] blocks) => new JsonObject
    {
        ["layout"] = new JsonObject
        {
            ["Umbraco.BlockList"] = new JsonArray([.. blocks.Where(block => block.InLayout).Select(block => (JsonNode)new JsonObject { ["contentKey"] = block.Key.ToString() })]),
        },
        ["contentData"] = new JsonArray([.. blocks.Select(block => (JsonNode)new JsonObject
        {
            ["key"] = block.Key.ToString(),
            ["contentTypeKey"] = Guid.NewGuid().ToString(),
            ["values"] = new JsonArray(new JsonObject { ["alias"] = SendAliases.Amount, ["value"] = block.Amount }),
        })]),
    }.ToJsonString();

    [Test]
    public void Total_sums_the_amounts_in_the_layout_and_ignores_the_rest()
    {
        var stored = Allocations((Guid.NewGuid(), "1085665", true), (Guid.NewGuid(), "252480.5", true), (Guid.NewGuid(), "999", false), (Guid.NewGuid(), null, true));

        var total = new CapitalFundPlanTotal().ValueOf(alias => alias == SendAliases.Allocations ? stored : null, DateTimeOffset.UnixEpoch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(total.Value, Is.EqualTo(1338145.5m));
            Assert.That(total.ReadsClock, Is.False);
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not json")]
    public void No_allocations_total_zero(string? stored) =>
        Assert.That(CapitalFundPlanTotal.TotalOf(stored), Is.Zero);
}
