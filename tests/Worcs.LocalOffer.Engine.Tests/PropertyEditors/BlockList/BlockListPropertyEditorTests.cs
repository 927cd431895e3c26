using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class BlockListPropertyEditorTests
{
    private static readonly Guid Allocation = Guid.Parse("a110ca71-0000-4000-8000-000000000001");
    private static readonly Guid AllocationSettings = Guid.Parse("a110ca71-0000-4000-8000-0000000000f5");
    private static readonly Guid Contact = Guid.Parse("c0ac7000-0000-4000-8000-000000000001");

    private static readonly string Configuration = $$"""
        {"blocks":[{"contentElementTypeKey":"{{Allocation}}","settingsElementTypeKey":"{{AllocationSettings}}","label":"Allocation"},
                   {"contentElementTypeKey":"{{Contact}}","settingsElementTypeKey":null}],
         "validationLimit":{"min":2,"max":3},"useSingleBlockMode":false}
        """;

    private readonly BlockListPropertyEditor _editor = new();

    private static JsonObject Block(Guid contentTypeKey, int number, params (string Alias, JsonNode? Value)[] values) => new()
    {
        ["contentTypeKey"] = contentTypeKey.ToString(),
        ["key"] = Key(number).ToString(),
        ["values"] = new JsonArray([.. values.Select(value => (JsonNode)new JsonObject
        {
            ["editorAlias"] = "Umbraco.TextBox",
            ["culture"] = null,
            ["segment"] = null,
            ["alias"] = value.Alias,
            ["value"] = value.Value,
        })]),
    };

    private static Guid Key(int number) => Guid.Parse($"b10c0000-0000-4000-8000-{number:D12}");

    private static JsonObject ListOf(params JsonObject[] contents) => new()
    {
        ["layout"] = new JsonObject
        {
            ["Umbraco.BlockList"] = new JsonArray([.. contents.Select(content => (JsonNode)new JsonObject { ["contentKey"] = content["key"]!.GetValue<string>(), ["settingsKey"] = null })]),
        },
        ["contentData"] = new JsonArray([.. contents.Select(content => content.DeepClone())]),
        ["settingsData"] = new JsonArray(),
        ["expose"] = new JsonArray([.. contents.Select(content => (JsonNode)new JsonObject { ["contentKey"] = content["key"]!.GetValue<string>(), ["culture"] = null, ["segment"] = null })]),
    };

    private static string TwoAllocations() =>
        ListOf(Block(Allocation, 1, ("amount", "1000.00")), Block(Allocation, 2, ("amount", "250"))).ToJsonString();

    [Test]
    public void A_usync_block_list_passes_and_each_block_is_checked_at_its_index()
    {
        var elements = new RecordingElementValidator();
        var value = $$"""
            {"layout":{"Umbraco.BlockList":[{"contentKey":"{{Key(1)}}","settingsKey":null},{"contentKey":"{{Key(2)}}","settingsKey":null}]},
             "contentData":[{"contentTypeKey":"{{Allocation}}","key":"{{Key(1)}}","values":[{"editorAlias":"Umbraco.Decimal","culture":null,"segment":null,"alias":"amount","value":"1085665.00"}]},
                            {"contentTypeKey":"{{Contact}}","key":"{{Key(2)}}","values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"name","value":"SENDIASS"}]}],
             "settingsData":[],
             "expose":[{"contentKey":"{{Key(1)}}","culture":null,"segment":null},{"contentKey":"{{Key(2)}}","culture":null,"segment":null}]}
            """;

        var errors = _editor.Validate(value, For(_editor, Configuration, "properties.allocations", ValidationMode.Publish, elements));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(string.Join(", ", elements.Calls.Select(call => call.Path)), Is.EqualTo("properties.allocations[0], properties.allocations[1]"));
            Assert.That(elements.Calls.Select(call => call.ElementTypeKey), Is.EqualTo(new[] { Allocation, Contact }));
            Assert.That(elements.Calls.Select(call => call.Mode), Is.All.EqualTo(ValidationMode.Publish));
            Assert.That(elements.Calls[0].Values["amount"], Is.EqualTo("1085665.00"));
        }
    }

    [Test]
    public void Capitalised_keys_as_some_usync_exports_write_them_are_read_like_camel_case()
    {
        var elements = new RecordingElementValidator();
        var value = TwoAllocations().Replace("\"layout\"", "\"Layout\"", StringComparison.Ordinal).Replace("\"contentData\"", "\"ContentData\"", StringComparison.Ordinal);

        var errors = _editor.Validate(value, For(_editor, Configuration, "properties.allocations", ValidationMode.Save, elements)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(_editor.IsEmpty(value), Is.False);
            Assert.That(elements.Calls, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void Block_values_are_handed_on_as_strings_or_raw_json()
    {
        var elements = new RecordingElementValidator();
        var value = ListOf(Block(
            Contact,
            1,
            ("name", "SENDIASS"),
            ("missing", null),
            ("places", 5),
            ("isFree", true),
            ("links", new JsonArray(new JsonObject { ["url"] = "/a" })),
            ("body", new JsonObject { ["markup"] = "<p>x</p>", ["blocks"] = null }))).ToJsonString();

        var errors = _editor.Validate(value, For(_editor, elements: elements));

        var values = elements.Calls.Single().Values;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(values["name"], Is.EqualTo("SENDIASS"));
            Assert.That(values["missing"], Is.Null);
            Assert.That(values["places"], Is.EqualTo("5"));
            Assert.That(values["isFree"], Is.EqualTo("true"));
            Assert.That(values["links"], Is.EqualTo("""[{"url":"/a"}]"""));
            Assert.That(values["body"], Is.EqualTo("""{"markup":"<p>x</p>","blocks":null}"""));
        }
    }

    [Test]
    public void Invariant_values_are_preferred_over_culture_variants()
    {
        var elements = new RecordingElementValidator();
        var block = Block(Contact, 1, ("name", "Invariant"));
        block["values"]!.AsArray().Insert(0, new JsonObject { ["alias"] = "name", ["culture"] = "cy-GB", ["segment"] = null, ["value"] = "Welsh" });

        var errors = _editor.Validate(ListOf(block).ToJsonString(), For(_editor, elements: elements));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(elements.Calls.Single().Values["name"], Is.EqualTo("Invariant"));
        }
    }

    [Test]
    public void Nested_errors_propagate_with_the_block_index_in_the_path()
    {
        var elements = new RecordingElementValidator((_, values, path) =>
            values["amount"] == "250" ? [new ValidationError($"{path}.amount", "'250' is below the minimum of 500.")] : []);

        var error = SingleError(_editor.Validate(TwoAllocations(), For(_editor, Configuration, "properties.allocations", elements: elements)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations[1].amount"));
            Assert.That(error.Message, Is.EqualTo("'250' is below the minimum of 500."));
        }
    }

    [Test]
    public void Malformed_json_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("""{"layout":{""", For(_editor, Configuration, "properties.allocations")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations"));
            Assert.That(error.Message, Does.StartWith("The block list is not valid JSON"));
        }
    }

    [Test]
    public void Json_that_is_not_an_object_is_refused()
    {
        var error = SingleError(_editor.Validate("[]", For(_editor, Configuration, "properties.allocations")));

        Assert.That(error.Message, Does.StartWith("The block list is an array; expected a JSON object"));
    }

    [Test]
    public void A_layout_that_is_not_an_array_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"layout":{"Umbraco.BlockList":{}},"contentData":[]}""", For(_editor, path: "properties.allocations")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations"));
            Assert.That(error.Message, Does.StartWith("The block layout 'Umbraco.BlockList' is an object; expected an array"));
        }
    }

    [Test]
    public void A_layout_entry_without_content_is_refused_at_its_index()
    {
        var value = ListOf(Block(Contact, 1, ("name", "A")), Block(Contact, 2, ("name", "B")));
        value["contentData"]!.AsArray().RemoveAt(1);

        var error = SingleError(_editor.Validate(value.ToJsonString(), For(_editor, path: "properties.contacts")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.contacts[1]"));
            Assert.That(error.Message, Is.EqualTo($"The block refers to content {Key(2)}, which is not in contentData."));
        }
    }

    [Test]
    public void The_umbraco_13_format_is_refused_saying_so()
    {
        var value = """{"layout":{"Umbraco.BlockList":[{"contentUdi":"umb://element/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}]},"contentData":[]}""";

        var error = SingleError(_editor.Validate(value, For(_editor, path: "properties.contacts")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.contacts[0]"));
            Assert.That(error.Message, Does.Contain("Umbraco 13 format (contentUdi)"));
        }
    }

    [Test]
    public void Two_blocks_sharing_one_content_item_are_refused()
    {
        var value = ListOf(Block(Contact, 1, ("name", "A")));
        value["layout"]!["Umbraco.BlockList"]!.AsArray().Add(new JsonObject { ["contentKey"] = Key(1).ToString(), ["settingsKey"] = null });

        var error = SingleError(_editor.Validate(value.ToJsonString(), For(_editor, path: "properties.contacts")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.contacts[1]"));
            Assert.That(error.Message, Does.StartWith("The block refers to the same content as block 0"));
        }
    }

    [Test]
    public void Content_without_a_key_is_refused()
    {
        var value = ListOf(Block(Contact, 1, ("name", "A")));
        value["contentData"]!.AsArray().Add(new JsonObject { ["contentTypeKey"] = Contact.ToString() });

        var error = SingleError(_editor.Validate(value.ToJsonString(), For(_editor, path: "properties.contacts")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.contacts"));
            Assert.That(error.Message, Does.StartWith("Item 1 of the block 'contentData' has no valid 'key'"));
        }
    }

    [Test]
    public void Content_without_a_content_type_is_refused_at_its_index()
    {
        var block = Block(Contact, 1, ("name", "A"));
        block.Remove("contentTypeKey");

        var error = SingleError(_editor.Validate(ListOf(block).ToJsonString(), For(_editor, path: "properties.contacts")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.contacts[0]"));
            Assert.That(error.Message, Does.StartWith("The block's content has no valid contentTypeKey"));
        }
    }

    [Test]
    public void A_block_type_that_is_not_configured_is_refused_and_not_checked_further()
    {
        var elements = new RecordingElementValidator();
        var other = Guid.Parse("0e0e0e0e-0000-4000-8000-000000000001");
        var value = ListOf(Block(Allocation, 1), Block(other, 2), Block(Allocation, 3)).ToJsonString();

        var error = SingleError(_editor.Validate(value, For(_editor, Configuration, "properties.allocations", elements: elements)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations[1]"));
            Assert.That(error.Message, Is.EqualTo($"The block type {other} is not one of the block types allowed here."));
            Assert.That(string.Join(", ", elements.Calls.Select(call => call.Path)), Is.EqualTo("properties.allocations[0], properties.allocations[2]"));
        }
    }

    [Test]
    public void More_blocks_than_the_maximum_are_refused_even_for_a_draft()
    {
        var value = ListOf(Block(Allocation, 1), Block(Allocation, 2), Block(Allocation, 3), Block(Allocation, 4)).ToJsonString();

        var error = SingleError(_editor.Validate(value, For(_editor, Configuration, "properties.allocations", ValidationMode.Save)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations"));
            Assert.That(error.Message, Is.EqualTo("There are 4 blocks; at most 3 are allowed."));
        }
    }

    [Test]
    public void Fewer_blocks_than_the_minimum_wait_for_publish()
    {
        var value = ListOf(Block(Allocation, 1)).ToJsonString();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(value, For(_editor, Configuration, "properties.allocations", ValidationMode.Save)), Is.Empty);
            Assert.That(
                SingleError(_editor.Validate(value, For(_editor, Configuration, "properties.allocations", ValidationMode.Publish))).Message,
                Is.EqualTo("There is 1 block; at least 2 are needed to publish."));
        }
    }

    [Test]
    public void Settings_are_checked_against_the_configured_settings_type()
    {
        var elements = new RecordingElementValidator();
        var value = ListOf(Block(Allocation, 1), Block(Allocation, 2));
        value["layout"]!["Umbraco.BlockList"]![0]!["settingsKey"] = Key(91).ToString();
        value["settingsData"]!.AsArray().Add(Block(AllocationSettings, 91, ("highlight", "1")));

        var errors = _editor.Validate(value.ToJsonString(), For(_editor, Configuration, "properties.allocations", elements: elements));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(string.Join(", ", elements.Calls.Select(call => call.Path)), Is.EqualTo("properties.allocations[0], properties.allocations[0].settings, properties.allocations[1]"));
            Assert.That(elements.Calls[1].ElementTypeKey, Is.EqualTo(AllocationSettings));
            Assert.That(elements.Calls[1].Values["highlight"], Is.EqualTo("1"));
        }
    }

    [Test]
    public void Settings_of_the_wrong_type_are_refused()
    {
        var value = ListOf(Block(Allocation, 1), Block(Allocation, 2));
        value["layout"]!["Umbraco.BlockList"]![0]!["settingsKey"] = Key(91).ToString();
        value["settingsData"]!.AsArray().Add(Block(Contact, 91));

        var error = SingleError(_editor.Validate(value.ToJsonString(), For(_editor, Configuration, "properties.allocations")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations[0].settings"));
            Assert.That(error.Message, Is.EqualTo($"The settings are of element type {Contact}; this block type uses {AllocationSettings}."));
        }
    }

    [Test]
    public void Missing_settings_are_refused()
    {
        var value = ListOf(Block(Allocation, 1), Block(Allocation, 2));
        value["layout"]!["Umbraco.BlockList"]![1]!["settingsKey"] = Key(92).ToString();

        var error = SingleError(_editor.Validate(value.ToJsonString(), For(_editor, Configuration, "properties.allocations")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.allocations[1].settings"));
            Assert.That(error.Message, Is.EqualTo($"The block refers to settings {Key(92)}, which are not in settingsData."));
        }
    }

    [Test]
    public void A_malformed_expose_list_is_refused()
    {
        var value = ListOf(Block(Contact, 1));
        value["expose"] = new JsonArray(new JsonObject { ["contentKey"] = "nope" });

        var error = SingleError(_editor.Validate(value.ToJsonString(), For(_editor, path: "properties.contacts")));

        Assert.That(error.Message, Does.StartWith("The block 'expose' list is malformed"));
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("""{"layout":{},"contentData":[],"settingsData":[],"expose":[]}""")]
    [TestCase("""{"layout":{"Umbraco.BlockList":[]},"contentData":[],"settingsData":[],"expose":[]}""")]
    public void A_list_without_blocks_is_empty_and_passes(string value)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.IsEmpty(value), Is.True);
            Assert.That(_editor.Validate(value, For(_editor, Configuration, mode: ValidationMode.Publish)), Is.Empty);
        }
    }

    [Test]
    public void A_malformed_layout_is_not_empty()
    {
        Assert.That(_editor.IsEmpty("""{"layout":{"Umbraco.BlockList":5}}"""), Is.False);
    }

    [Test]
    public void Blocks_the_new_configuration_does_not_allow_cannot_be_converted()
    {
        var value = ListOf(Block(Contact, 1)).ToJsonString();
        var allocationsOnly = $$"""{"blocks":[{"contentElementTypeKey":"{{Allocation}}"}]}""";

        var converted = _editor.TryConvertFrom(_editor, value, For(_editor, allocationsOnly), out var result, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(result, Is.Null);
            Assert.That(reason, Does.Contain("is not one of the block types allowed here"));
        }
    }

    [Test]
    public void Rich_text_cannot_be_converted_to_a_block_list()
    {
        var converted = _editor.TryConvertFrom(new RichTextPropertyEditor(), """{"markup":"<p>Hi</p>","blocks":null}""", For(_editor), out var result, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(result, Is.Null);
            Assert.That(reason, Is.EqualTo("the value stored by Umbraco.RichText means nothing to Umbraco.BlockList and would be lost."));
        }
    }
}
