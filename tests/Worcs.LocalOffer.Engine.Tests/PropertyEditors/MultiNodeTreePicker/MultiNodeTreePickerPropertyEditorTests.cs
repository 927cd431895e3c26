using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class MultiNodeTreePickerPropertyEditorTests
{
    private const string Document1 = "umb://document/4f1c0e5a9e2b4c6f8a1d2b3c4d5e6f70";
    private const string Document2 = "umb://document/9a2b0e5a9e2b4c6f8a1d2b3c4d5e6f71";
    private const string Media1 = "umb://media/1c2d0e5a9e2b4c6f8a1d2b3c4d5e6f72";
    private const string Member1 = "umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73";

    private readonly MultiNodeTreePickerPropertyEditor _editor = new();

    [Test]
    public void Comma_separated_document_udis_pass_and_are_stored_as_given()
    {
        var value = $"{Document1},{Document2}";
        var context = For(_editor, """{"startNode":{"type":"content","dynamicRoot":null},"filter":"","minNumber":0,"maxNumber":0}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(value, context), Is.Empty);
            Assert.That(_editor.PrepareForStorage(value, context), Is.SameAs(value));
            Assert.That(_editor.IsEmpty(" , "), Is.True);
        }
    }

    [Test]
    public void An_item_of_another_entity_type_than_the_start_node_is_refused_at_its_index()
    {
        var error = SingleError(_editor.Validate($"{Document1},{Media1}", For(_editor, """{"startNode":{"type":"content"}}""", "properties.related")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.related[1]"));
            Assert.That(error.Message, Does.Contain("refers to a media").And.Contain("picks document items"));
        }
    }

    [TestCase("media", Media1)]
    [TestCase("member", Member1)]
    [TestCase(null, Document1)]
    public void The_start_node_type_decides_which_udis_are_accepted(string? type, string udi)
    {
        var configuration = type is null ? "{}" : $$$"""{"startNode":{"type":"{{{type}}}"}}""";

        Assert.That(_editor.Validate(udi, For(_editor, configuration)), Is.Empty);
    }

    [Test]
    public void Text_that_is_no_udi_is_refused()
    {
        var error = SingleError(_editor.Validate("1057", For(_editor, path: "properties.related")));

        Assert.That(error.Message, Is.EqualTo("'1057' is not a valid reference: expected umb://document/ followed by 32 hexadecimal digits."));
    }

    [Test]
    public void Max_number_applies_on_save_and_min_number_waits_for_publish()
    {
        const string Configuration = """{"minNumber":2,"maxNumber":1}""";

        var onSave = SingleError(_editor.Validate($"{Document1},{Document2}", For(_editor, Configuration)));
        var onPublish = SingleError(_editor.Validate(Document1, For(_editor, Configuration, mode: ValidationMode.Publish)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(onSave.Message, Is.EqualTo("There are 2 items; at most 1 is allowed."));
            Assert.That(onPublish.Message, Is.EqualTo("There is 1 item; at least 2 are needed to publish."));
            Assert.That(_editor.Validate(Document1, For(_editor, Configuration)), Is.Empty);
        }
    }

    [Test]
    public void Configuration_with_an_unknown_start_node_type_or_a_negative_limit_is_refused()
    {
        var errors = _editor.ValidateConfiguration(JsonNode.Parse("""{"startNode":{"type":"document"},"maxNumber":-1,"minNumber":""}""")!.AsObject()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors.Select(error => error.Path), Is.EqualTo(new[] { "configuration.startNode.type", "configuration.maxNumber" }));
            Assert.That(errors[0].Message, Does.Contain("\"content\", \"media\" or \"member\""));
            Assert.That(_editor.ValidateConfiguration(JsonNode.Parse("""{"startNode":{"type":"media"},"minNumber":0,"maxNumber":"3"}""")!.AsObject()), Is.Empty);
        }
    }

    [Test]
    public void A_content_picker_value_converts_to_a_one_item_tree_picker_value()
    {
        var converted = _editor.TryConvertFrom(new ContentPickerPropertyEditor(), $" {Document1} ", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo(Document1));
        }
    }

    [Test]
    public void Media_picker_selections_convert_to_media_udis_for_a_media_tree_picker()
    {
        const string Selections = """[{"key":"0b0b0b0b-0000-4000-8000-000000000001","mediaKey":"1c2d0e5a-9e2b-4c6f-8a1d-2b3c4d5e6f72","mediaTypeAlias":"","crops":[],"focalPoint":null}]""";

        var converted = _editor.TryConvertFrom(new MediaPicker3PropertyEditor(), Selections, For(_editor, """{"startNode":{"type":"media"}}"""), out var value, out var reason);
        var refused = _editor.TryConvertFrom(new MediaPicker3PropertyEditor(), Selections, For(_editor), out _, out var why);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo(Media1));
            Assert.That(refused, Is.False);
            Assert.That(why, Does.Contain("not valid for Umbraco.MultiNodeTreePicker"));
        }
    }
}
