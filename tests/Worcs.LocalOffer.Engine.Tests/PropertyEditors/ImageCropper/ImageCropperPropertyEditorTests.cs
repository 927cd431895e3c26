using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class ImageCropperPropertyEditorTests
{
    private const string Crops = """{"crops":[{"alias":"card","width":600,"height":400},{"alias":"square","width":300,"height":300}]}""";

    // As Umbraco 17 stores it after an editor sets a focal point and adjusts one crop.
    private const string Stored = """
        {"src":"/media/ab12cd/hall.jpg","crops":[{"alias":"card","width":600,"height":400,"coordinates":{"x1":0.1,"y1":0.05,"x2":0.2,"y2":0.15}}],"focalPoint":{"left":0.4,"top":0.3}}
        """;

    private readonly ImageCropperPropertyEditor _editor = new();

    [Test]
    public void Umbracos_stored_value_passes()
    {
        Assert.That(_editor.Validate(Stored, For(_editor, Crops)), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("null")]
    [TestCase("""{"src":"","crops":[]}""")]
    public void No_image_is_empty(string? value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [Test]
    public void A_crop_the_data_type_does_not_configure_is_refused_naming_it()
    {
        var value = """{"src":"/media/ab12cd/hall.jpg","crops":[{"alias":"banner","width":1200,"height":300}]}""";

        var error = SingleError(_editor.Validate(value, For(_editor, Crops, "properties.picture")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.picture.crops[0].alias"));
            Assert.That(error.Message, Is.EqualTo("'banner' is not a crop of this data type; expected one of: card, square."));
        }
    }

    [TestCase("""{"left":1.2,"top":0.5}""", "properties.value.focalPoint.left")]
    [TestCase("""{"left":0.5,"top":-0.1}""", "properties.value.focalPoint.top")]
    [TestCase("""{"left":0.5}""", "properties.value.focalPoint.top")]
    public void A_focal_point_outside_0_to_1_is_refused(string focalPoint, string path)
    {
        var value = $$"""{"src":"/media/ab12cd/hall.jpg","focalPoint":{{focalPoint}}}""";

        var error = SingleError(_editor.Validate(value, For(_editor, Crops)));

        Assert.That(error.Path, Is.EqualTo(path));
    }

    [Test]
    public void Crop_coordinates_that_remove_the_whole_image_are_refused()
    {
        var value = """{"src":"/media/ab12cd/hall.jpg","crops":[{"alias":"card","coordinates":{"x1":0.6,"y1":0,"x2":0.5,"y2":0}}]}""";

        var error = SingleError(_editor.Validate(value, For(_editor, Crops)));

        Assert.That(error.Path, Is.EqualTo("properties.value.crops[0].coordinates"));
    }

    [TestCase("/images/hall.jpg", "is not an uploaded file")]
    [TestCase("/media/../App_Data/localoffer.sqlite.db.jpg", "is not a plain file path")]
    [TestCase("/media/ab12cd/brochure.pdf", "is not an image")]
    public void The_src_must_be_an_image_under_media(string src, string expected)
    {
        var value = new JsonObject { ["src"] = src }.ToJsonString();

        var error = SingleError(_editor.Validate(value, For(_editor, Crops)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.value.src"));
            Assert.That(error.Message, Does.Contain(expected));
        }
    }

    [Test]
    public void Text_that_is_not_json_is_refused()
    {
        var error = SingleError(_editor.Validate("/media/ab12cd/hall.jpg", For(_editor, Crops)));

        Assert.That(error.Message, Does.StartWith("The image is not valid JSON"));
    }

    [Test]
    public void An_upload_field_value_converts_to_a_cropper_value_with_no_crops()
    {
        var converted = _editor.TryConvertFrom(new UploadFieldPropertyEditor(), "/media/ab12cd/hall.jpg", For(_editor, Crops), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"src":"/media/ab12cd/hall.jpg","crops":[],"focalPoint":null}"""));
        }
    }

    [Test]
    public void An_upload_field_value_that_is_not_an_image_does_not_convert()
    {
        var converted = _editor.TryConvertFrom(new UploadFieldPropertyEditor(), "/media/ab12cd/brochure.pdf", For(_editor, Crops), out _, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Does.Contain("is not an image"));
        }
    }
}
