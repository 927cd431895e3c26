using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Validation.Rules;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>The repository's content model, with the rules the host ships in its appsettings.json.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ContentModelRulesTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private static readonly Guid Consultation = Guid.Parse("81df82a8-823d-5af9-b8b3-3dc4b46beeb5");
    private static readonly Guid CapitalFund = Guid.Parse("af879d3a-6cfb-5ac0-b038-f41b755107a1");

    private static string HostSettingsFile => Path.Combine(Corpus.RepositoryRoot, "src", "Worcs.LocalOffer.Host", "appsettings.json");

    [Test]
    public async Task A_consultation_that_closes_before_it_opens_is_refused_naming_the_closing_date()
    {
        await ImportAsync();

        var result = await SaveAsync(Consultation, ("openingDate", Date("2019-03-10")), ("closingDate", Date("2019-03-01")));

        Assert.That(result.Status, Is.EqualTo(OperationStatus.Invalid));
        Assert.That(result.Errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.closingDate" }));
        Assert.That(result.Errors.Single().Message, Does.Contain("close after it opens"));
    }

    [Test]
    public async Task A_consultation_that_closes_after_it_opens_is_saved()
    {
        await ImportAsync();

        var result = await SaveAsync(Consultation, ("openingDate", Date("2019-01-14")), ("closingDate", Date("2019-03-01")));

        Assert.That(result.Succeeded, Is.True, () => string.Join("; ", result.Errors));
    }

    [Test]
    public async Task A_funding_period_that_ends_before_it_starts_is_refused()
    {
        await ImportAsync();

        var result = await SaveAsync(CapitalFund, ("fundingFromYear", "2021"), ("fundingToYear", "2018"));

        Assert.That(result.Errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.fundingToYear" }));
    }

    [Test]
    public async Task A_negative_allocation_is_refused_naming_the_block_and_property()
    {
        await ImportAsync();
        var fund = (await Documents.GetAsync(CapitalFund))!;
        var allocations = fund.Draft.GetValue("allocations")!.Replace("\"value\": 252480", "\"value\": -252480", StringComparison.Ordinal);

        var result = await SaveAsync(CapitalFund, ("allocations", allocations));

        Assert.That(result.Status, Is.EqualTo(OperationStatus.Invalid));
        Assert.That(result.Errors.Single().Path, Does.StartWith("properties.allocations").And.EndWith(".amount"));
    }

    [Test]
    public void A_rule_with_an_unknown_operator_stops_start_up_naming_the_rule()
    {
        var settings = new ContentRulesSettings
        {
            Comparisons = [new PropertyComparisonRule { ContentType = "consultation", Property = "closingDate", Operator = "after", OtherProperty = "openingDate" }],
        };
        var validator = Services.GetRequiredService<IEnumerable<IValidateOptions<ContentRulesSettings>>>().Single();

        var outcome = validator.Validate(Microsoft.Extensions.Options.Options.DefaultName, settings);

        Assert.That(outcome.Failed, Is.True);
        Assert.That(outcome.FailureMessage, Does.Contain("LocalOffer:ContentRules:Comparisons:0").And.Contain("'after'"));
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddJsonFile(HostSettingsFile, optional: false).Build());

    private static string Date(string isoDate) => $$"""{"date":"{{isoDate}}T00:00:00+00:00","timeZone":null}""";

    private async Task<OperationResult<Node>> SaveAsync(Guid key, params (string Alias, string? Value)[] changes)
    {
        var document = (await Documents.GetAsync(key))!;
        var values = new Dictionary<string, string?>(document.Draft.Values);
        foreach (var (alias, value) in changes)
        {
            values[alias] = value;
        }

        return await Documents.SaveAsync(new NodeUpdateRequest(key, document.Draft.Name, values), publish: true);
    }
}
