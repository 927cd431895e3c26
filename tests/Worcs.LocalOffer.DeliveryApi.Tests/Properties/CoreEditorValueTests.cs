using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>
/// The Umbraco 17 core editors in their Delivery API shape: content saved through the engine, read over HTTP, each
/// value typed as Umbraco's value converter types it, and null for every empty value.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CoreEditorValueTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["labelText"] = "\"Set by the system\"",
        ["labelInteger"] = "42",
        ["labelBigint"] = "5368709120",
        ["labelDecimal"] = "12.50",
        ["labelDateTime"] = "\"2025-01-02T10:30:00\"",
        ["labelTime"] = "\"10:30:00\"",
        ["collection"] = "null",
        ["drink"] = "\"Tea\"",
        ["drinks"] = """["Coffee","Cold drinks"]""",
        ["needs"] = """["Autism","Vision"]""",
        ["ageGroup"] = "\"11 to 16\"",
        ["brandColour"] = """{"value":"#1e90ff","label":"Blue"}""",
        ["accent"] = "\"#ff8800\"",
        ["rating"] = "7.5",
        ["ageRange"] = """{"minimum":5,"maximum":16}""",
        ["contactEmail"] = "\"sendiass@worcestershire.gov.uk\"",
        ["phoneNumbers"] = """["01905 768153","01905 768154"]""",
        ["notes"] = "\"# Support\\n\\nAsk your **SENCO** about an [EHCP](https://example.org/ehcp).\"",
        ["openingTime"] = "\"09:30:00\"",
        ["plainString"] = "\"plain words\"",
        ["plainJson"] = """{"source":"import","ids":[1,2]}""",
        ["plainInteger"] = "-17",
        ["plainDecimal"] = "3.250",
        ["plainDateTime"] = "\"2025-01-02T10:30:00\"",
        ["plainTime"] = "\"17:45:00\"",
    };

    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SeedHost.StartAsync();
        foreach (var dataType in CoreEditorSamples.DataTypes)
        {
            var saved = await _host.Get<DataTypeService>().SaveAsync(dataType);
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
        }

        var builder = new ContentTypeBuilder("coreEditorsPage").AllowedAtRoot();
        foreach (var sample in CoreEditorSamples.All)
        {
            builder.WithProperty(sample.Alias, sample.DataType.Key);
        }

        var type = await _host.Get<ContentTypeService>().SaveAsync(builder.Build());
        Assert.That(type.Succeeded, Is.True, type.ToString());
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Each_editor_is_delivered_in_the_shape_Umbraco_gives_it()
    {
        var properties = await PublishAndReadAsync("All editors", CoreEditorSamples.Values);

        using (Assert.EnterMultipleScope())
        {
            foreach (var (alias, json) in Expected)
            {
                Assert.That(properties.GetProperty(alias).GetRawText(), Is.EqualTo(json), alias);
            }
        }
    }

    [Test]
    public async Task Every_empty_value_is_null_including_no_chosen_items()
    {
        var properties = await PublishAndReadAsync("No values", new Dictionary<string, string?> { ["drinks"] = "[]", ["phoneNumbers"] = "\n" });

        using (Assert.EnterMultipleScope())
        {
            foreach (var sample in CoreEditorSamples.All)
            {
                Assert.That(properties.GetProperty(sample.Alias).ValueKind, Is.EqualTo(JsonValueKind.Null), sample.Alias);
            }
        }
    }

    [Test]
    public async Task Markdown_keeps_its_text_with_local_links_resolved_to_routes()
    {
        var plan = Seed.CapitalFundPlan.ToString("N");
        var markdown = $"Read the [plan](/{{localLink:umb://document/{plan}}}) or [a removed page]({{localLink:{Guid.NewGuid()}}}).";

        var properties = await PublishAndReadAsync("Markdown links", new Dictionary<string, string?> { ["notes"] = markdown });

        Assert.That(properties.Str("notes"), Is.EqualTo($"Read the [plan]({Seed.CapitalFundPlanPath}) or [a removed page](#)."));
    }

    private async Task<JsonElement> PublishAndReadAsync(string name, IReadOnlyDictionary<string, string?> values)
    {
        var created = await _host.Get<DocumentService>().CreateAsync(new NodeCreateRequest("coreEditorsPage", name, null, values), publish: true);
        Assert.That(created.Succeeded, Is.True, created.ToString());

        var response = await _host.Client.GetApiAsync($"content/item/{created.Value!.Key}");
        Assert.That(response.Status, Is.EqualTo(System.Net.HttpStatusCode.OK), response.Body);
        return response.Json.GetProperty("properties");
    }
}
