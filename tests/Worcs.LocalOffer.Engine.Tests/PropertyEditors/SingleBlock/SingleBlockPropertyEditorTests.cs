using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class SingleBlockPropertyEditorTests
{
    private static readonly Guid Hero = Guid.Parse("30000000-0000-4000-8000-000000000001");
    private static readonly Guid HeroSettings = Guid.Parse("30000000-0000-4000-8000-0000000000f5");
    private static readonly string Configuration = $$"""{"blocks":[{"contentElementTypeKey":"{{Hero}}","settingsElementTypeKey":"{{HeroSettings}}"}]}""";

    private readonly SingleBlockPropertyEditor _editor = new();

    private static string Value(string layoutAlias, int blocks, Guid? type = null, bool settings = false)
    {
        var keys = Enumerable.Range(1, blocks).Select(number => Guid.Parse($"c0000000-0000-4000-8000-{number:D12}")).ToList();
        var settingsKey = Guid.Parse("c0000000-0000-4000-8000-0000000000f5");
        return new JsonObject
        {
            ["layout"] = new JsonObject
            {
                [layoutAlias] = new JsonArray([.. keys.Select(key => (JsonNode)new JsonObject { ["contentKey"] = key.ToString(), ["settingsKey"] = settings ? settingsKey.ToString() : null })]),
            },
            ["contentData"] = new JsonArray([.. keys.Select(key => (JsonNode)new JsonObject
            {
                ["contentTypeKey"] = (type ?? Hero).ToString(),
                ["key"] = key.ToString(),
                ["values"] = new JsonArray(new JsonObject { ["editorAlias"] = "Umbraco.TextBox", ["culture"] = null, ["segment"] = null, ["alias"] = "heading", ["value"] = "Welcome to the Local Offer" }),
            })]),
            ["settingsData"] = settings
                ? new JsonArray(new JsonObject { ["contentTypeKey"] = Hero.ToString(), ["key"] = settingsKey.ToString(), ["values"] = new JsonArray() })
                : new JsonArray(),
            ["expose"] = new JsonArray([.. keys.Select(key => (JsonNode)new JsonObject { ["contentKey"] = key.ToString(), ["culture"] = null, ["segment"] = null })]),
        }.ToJsonString();
    }

    [Test]
    public void One_block_passes_is_checked_at_the_property_path_and_is_stored_as_given()
    {
        var elements = new RecordingElementValidator();
        var value = Value("Umbraco.SingleBlock", 1);
        var context = For(_editor, Configuration, "properties.hero", ValidationMode.Publish, elements);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(value, context), Is.Empty);
            Assert.That(elements.Calls.Single().Path, Is.EqualTo("properties.hero"));
            Assert.That(elements.Calls.Single().Values["heading"], Is.EqualTo("Welcome to the Local Offer"));
            Assert.That(_editor.PrepareForStorage(value, context), Is.SameAs(value));
        }
    }

    [Test]
    public void Two_blocks_a_type_not_configured_and_wrong_settings_are_refused()
    {
        var two = SingleError(_editor.Validate(Value("Umbraco.SingleBlock", 2), For(_editor, Configuration, "properties.hero")));
        var stranger = SingleError(_editor.Validate(Value("Umbraco.SingleBlock", 1, Guid.NewGuid()), For(_editor, Configuration, "properties.hero")));
        var settings = SingleError(_editor.Validate(Value("Umbraco.SingleBlock", 1, settings: true), For(_editor, Configuration, "properties.hero")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(two.Message, Is.EqualTo("A single block holds one block, but the layout lists 2."));
            Assert.That(stranger.Message, Does.EndWith("is not one of the block types allowed here."));
            Assert.That(settings.Path, Is.EqualTo("properties.hero.settings"));
            Assert.That(settings.Message, Does.StartWith($"The settings are of element type {Hero}"));
        }
    }

    [Test]
    public void Nested_errors_come_back_at_the_property_path()
    {
        var elements = new RecordingElementValidator((_, _, path) => [new ValidationError($"{path}.heading", "Too long.")]);

        var error = SingleError(_editor.Validate(Value("Umbraco.SingleBlock", 1), For(_editor, Configuration, "properties.hero", elements: elements)));

        Assert.That(error.Path, Is.EqualTo("properties.hero.heading"));
    }

    [Test]
    public void A_block_list_with_one_block_converts_by_renaming_its_layout_as_umbraco_17_migrates_single_block_mode()
    {
        var converted = _editor.TryConvertFrom(new BlockListPropertyEditor(), Value("Umbraco.BlockList", 1), For(_editor, Configuration), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo(Value("Umbraco.SingleBlock", 1)));
        }
    }

    [Test]
    public void A_block_list_with_two_blocks_is_not_converted()
    {
        var converted = _editor.TryConvertFrom(new BlockListPropertyEditor(), Value("Umbraco.BlockList", 2), For(_editor, Configuration), out _, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Is.EqualTo("the block list holds 2 blocks and Umbraco.SingleBlock holds one; remove the others first."));
        }
    }
}
