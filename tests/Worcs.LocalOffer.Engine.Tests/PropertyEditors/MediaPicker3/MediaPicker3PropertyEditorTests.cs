using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class MediaPicker3PropertyEditorTests
{
    private const string Single = """{"filter":"","multiple":false,"validationLimit":{"min":null,"max":null},"enableLocalFocalPoint":false}""";

    private const string Multiple = """{"filter":"cc07b313-0843-4aa8-bbda-871c8da728c8","multiple":true,"validationLimit":{"min":2,"max":3}}""";

    private readonly MediaPicker3PropertyEditor _editor = new();

    private static string Item(string mediaKey = "1b2c3d4e-0000-4000-8000-000000000001", string key = "9a8b7c6d-0000-4000-8000-000000000001") =>
        $$"""{"key":"{{key}}","mediaKey":"{{mediaKey}}","mediaTypeAlias":"","crops":[],"focalPoint":null}""";

    private static string Items(int count) =>
        "[" + string.Join(",", Enumerable.Range(1, count).Select(index => Item(mediaKey: $"1b2c3d4e-0000-4000-8000-00000000000{index}"))) + "]";

    [Test]
    public void A_single_item_passes()
    {
        Assert.That(_editor.Validate($"[{Item()}]", For(_editor, Single)), Is.Empty);
    }

    [TestCase("")]
    [TestCase("[]")]
    public void No_items_is_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [Test]
    public void Malformed_json_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("[{", For(_editor, Single, "properties.logo")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.logo"));
            Assert.That(error.Message, Does.StartWith("The media selection is not valid JSON"));
        }
    }

    [Test]
    public void Json_that_is_not_an_array_is_refused()
    {
        var error = SingleError(_editor.Validate(Item(), For(_editor, Single, "properties.logo")));

        Assert.That(error.Message, Does.StartWith("The media selection is an object; expected a JSON array"));
    }

    [Test]
    public void An_item_without_a_valid_media_key_is_refused_with_its_index()
    {
        var value = $"[{Item()},{Item(mediaKey: "not-a-guid")}]";

        var error = SingleError(_editor.Validate(value, For(_editor, Multiple, "properties.gallery")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.gallery[1].mediaKey"));
            Assert.That(error.Message, Is.EqualTo("The mediaKey is 'not-a-guid'; expected the GUID of a media item."));
        }
    }

    [Test]
    public void An_item_that_is_not_an_object_is_refused()
    {
        var error = SingleError(_editor.Validate("""["umb://media/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"]""", For(_editor, Single, "properties.logo")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.logo[0]"));
            Assert.That(error.Message, Does.StartWith("The media item is a string"));
        }
    }

    [Test]
    public void A_key_that_is_not_a_guid_is_refused()
    {
        var error = SingleError(_editor.Validate($"[{Item(key: "abc")}]", For(_editor, Single, "properties.logo")));

        Assert.That(error.Path, Is.EqualTo("properties.logo[0].key"));
    }

    [Test]
    public void A_focal_point_outside_the_image_is_refused()
    {
        var value = """[{"key":"9a8b7c6d-0000-4000-8000-000000000001","mediaKey":"1b2c3d4e-0000-4000-8000-000000000001","crops":[],"focalPoint":{"left":1.5,"top":0.5}}]""";

        var error = SingleError(_editor.Validate(value, For(_editor, Single, "properties.logo")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.logo[0].focalPoint"));
            Assert.That(error.Message, Does.Contain("between 0 and 1"));
        }
    }

    [Test]
    public void Crops_that_are_not_an_array_are_refused()
    {
        var value = """[{"key":"9a8b7c6d-0000-4000-8000-000000000001","mediaKey":"1b2c3d4e-0000-4000-8000-000000000001","crops":{}}]""";

        var error = SingleError(_editor.Validate(value, For(_editor, Single, "properties.logo")));

        Assert.That(error.Path, Is.EqualTo("properties.logo[0].crops"));
    }

    [Test]
    public void Two_items_are_refused_in_single_mode()
    {
        var error = SingleError(_editor.Validate(Items(2), For(_editor, Single, "properties.logo")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.logo"));
            Assert.That(error.Message, Is.EqualTo("There are 2 media items; at most 1 is allowed."));
        }
    }

    [Test]
    public void More_than_the_maximum_is_refused_even_for_a_draft()
    {
        var error = SingleError(_editor.Validate(Items(4), For(_editor, Multiple, "properties.gallery", ValidationMode.Save)));

        Assert.That(error.Message, Is.EqualTo("There are 4 media items; at most 3 are allowed."));
    }

    [Test]
    public void Fewer_than_the_minimum_passes_for_a_draft_but_not_for_publish()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(Items(1), For(_editor, Multiple, "properties.gallery", ValidationMode.Save)), Is.Empty);
            var error = SingleError(_editor.Validate(Items(1), For(_editor, Multiple, "properties.gallery", ValidationMode.Publish)));
            Assert.That(error.Message, Is.EqualTo("There is 1 media item; at least 2 are needed to publish."));
        }
    }

    [Test]
    public void Legacy_media_udis_convert_to_media_picker_items()
    {
        var converted = _editor.TryConvertFrom(
            new TextBoxPropertyEditor(),
            "umb://media/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
            For(_editor, Single),
            out var value,
            out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Does.Contain("\"mediaKey\":\"4f1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e\""));
            Assert.That(_editor.Validate(value, For(_editor, Single)), Is.Empty);
        }
    }

    [Test]
    public void Document_udis_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new ContentPickerPropertyEditor(), "umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", For(_editor, Single), out _, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Does.Contain("is not valid for Umbraco.MediaPicker3"));
        }
    }
}
