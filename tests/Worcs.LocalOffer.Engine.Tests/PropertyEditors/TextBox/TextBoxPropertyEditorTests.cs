using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class TextBoxPropertyEditorTests
{
    private readonly TextBoxPropertyEditor _editor = new();

    [Test]
    public void Text_without_a_configured_limit_passes_however_long()
    {
        var errors = _editor.Validate(new string('a', 2000), For(_editor));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Text_at_maxChars_passes()
    {
        var errors = _editor.Validate("0123456789", For(_editor, """{"maxChars":10}"""));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Text_longer_than_maxChars_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("01234567890", For(_editor, """{"maxChars":10}""", "properties.title")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.title"));
            Assert.That(error.Message, Is.EqualTo("The text is 11 characters long; at most 10 characters are allowed."));
        }
    }

    [Test]
    public void Blank_text_is_empty_and_passes_even_with_a_limit()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.IsEmpty("  "), Is.True);
            Assert.That(_editor.IsEmpty("x"), Is.False);
            Assert.That(_editor.Validate(null, For(_editor, """{"maxChars":1}""")), Is.Empty);
        }
    }

    [Test]
    public void Text_is_stored_as_given()
    {
        const string value = " Speech & language <therapy> ";

        Assert.That(_editor.PrepareForStorage(value, For(_editor)), Is.SameAs(value));
    }

    [Test]
    public void A_decimal_converts_to_its_text_as_is()
    {
        var converted = _editor.TryConvertFrom(new DecimalPropertyEditor(), "1085665.00", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("1085665.00"));
        }
    }

    [Test]
    public void Text_too_long_for_the_new_limit_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new TextAreaPropertyEditor(), "far too long", For(_editor, """{"maxChars":5}"""), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("at most 5 characters"));
        }
    }

    [Test]
    public void Structured_values_are_not_converted_to_text()
    {
        var converted = _editor.TryConvertFrom(new RichTextPropertyEditor(), """{"markup":"<p>Hi</p>","blocks":null}""", For(_editor), out _, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Does.Contain("Umbraco.RichText stores structured JSON"));
        }
    }

    [Test]
    public void An_empty_value_converts_to_empty()
    {
        var converted = _editor.TryConvertFrom(new RichTextPropertyEditor(), "", For(_editor), out var value, out _);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True);
            Assert.That(value, Is.Null);
        }
    }
}
