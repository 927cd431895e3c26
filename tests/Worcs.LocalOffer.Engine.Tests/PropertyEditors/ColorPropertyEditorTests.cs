using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class ColorPropertyEditorTests
{
    private const string Swatches = """{"items":[{"value":"1E90FF","label":"Blue"},{"value":"#ff0000","label":"Red"}],"useLabel":true}""";

    private static readonly ColorPickerPropertyEditor Picker = new();
    private static readonly EyeDropperColorPickerPropertyEditor EyeDropper = new();

    [TestCase("""{"label":"Blue","value":"#1e90ff"}""")]
    [TestCase("""{"value":"1e90ff","label":"Blue"}""")]
    [TestCase("""{"label":"Red","value":"#FF0000"}""")]
    [TestCase("ff0000")]
    public void A_configured_colour_is_valid_and_stored_unchanged(string value)
    {
        var context = For(Picker, Swatches);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Picker.Validate(value, context), Is.Empty);
            Assert.That(Picker.PrepareForStorage(value, context), Is.EqualTo(value));
        }
    }

    [TestCase(Swatches, """{"label":"Green","value":"#00ff00"}""", "The colour '#00ff00' is not one of the colours of this data type: Blue (#1e90ff), Red (#ff0000).")]
    [TestCase(Swatches, """{"label":"Blue","value":"blue"}""", "'blue' is not a hex colour such as #1e90ff.")]
    [TestCase(Swatches, """{"label":"Blue"}""", """The colour has no text 'value' field; expected JSON like {"label":"Blue","value":"#1e90ff"}.""")]
    [TestCase(Swatches, """{"label":5,"value":"#1e90ff"}""", """The colour has a number as its 'label' where text was expected; expected JSON like {"label":"Blue","value":"#1e90ff"}.""")]
    [TestCase("""{"items":null,"useLabel":false}""", "#1e90ff", "The colour '#1e90ff' cannot be picked: this data type has no colours configured.")]
    public void A_colour_outside_the_swatches_is_refused(string configuration, string value, string message)
    {
        var error = SingleError(Picker.Validate(value, For(Picker, configuration, "properties.brandColour")));

        Assert.That((error.Path, error.Message), Is.EqualTo(("properties.brandColour", message)));
    }

    [TestCase("""{"showAlpha":false}""", "#1e90ff", null)]
    [TestCase("""{"showAlpha":true}""", "#1e90ff80", null)]
    [TestCase("""{"showAlpha":false}""", "#1e90ff80", "'#1e90ff80' has an alpha channel, but this data type does not allow one (showAlpha is off): expected 6 hex digits, like #1e90ff.")]
    [TestCase("{}", "1e90ff", "'1e90ff' is not a hex colour: expected '#' and 6 hex digits, like #1e90ff.")]
    [TestCase("{}", "rgb(0,0,0)", "'rgb(0,0,0)' is not a hex colour: expected '#' and 6 hex digits, like #1e90ff.")]
    public void The_eye_dropper_takes_hex_colours(string configuration, string value, string? message)
    {
        var errors = EyeDropper.Validate(value, For(EyeDropper, configuration, "properties.accent")).ToList();

        Assert.That(errors.Select(error => (error.Path, error.Message)), message is null ? Is.Empty : Is.EqualTo(new[] { ("properties.accent", message) }));
    }

    [Test]
    public void An_eye_dropper_colour_converts_into_the_picker_with_the_swatch_label()
    {
        var converted = Picker.TryConvertFrom(EyeDropper, "#FF0000", For(Picker, Swatches), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"label":"Red","value":"#ff0000"}"""));
        }
    }

    [Test]
    public void A_picked_colour_converts_into_the_eye_dropper_as_hex()
    {
        var converted = EyeDropper.TryConvertFrom(Picker, """{"label":"Blue","value":"1e90ff"}""", For(EyeDropper), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("#1e90ff"));
        }
    }

    [Test]
    public void A_colour_that_is_not_a_swatch_does_not_convert()
    {
        var converted = Picker.TryConvertFrom(EyeDropper, "#00ff00", For(Picker, Swatches), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.StartWith("the value stored by Umbraco.ColorPicker.EyeDropper is not valid for Umbraco.ColorPicker: The colour '#00ff00' is not one of"));
        }
    }
}
