using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class TextAreaPropertyEditorTests
{
    private readonly TextAreaPropertyEditor _editor = new();

    [Test]
    public void Multi_line_text_within_maxChars_passes()
    {
        var errors = _editor.Validate("Line one\nLine two", For(_editor, """{"maxChars":100,"rows":4}"""));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Text_longer_than_maxChars_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("abcdef", For(_editor, """{"maxChars":5,"rows":4}""", "properties.summary")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.summary"));
            Assert.That(error.Message, Is.EqualTo("The text is 6 characters long; at most 5 characters are allowed."));
        }
    }

    [Test]
    public void A_null_maxChars_is_no_limit()
    {
        var errors = _editor.Validate(new string('x', 5000), For(_editor, """{"maxChars":null,"rows":10}"""));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void An_integer_converts_to_its_text_as_is()
    {
        var converted = _editor.TryConvertFrom(new IntegerPropertyEditor(), "42", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("42"));
        }
    }
}
