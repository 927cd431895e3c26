using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class TrueFalsePropertyEditorTests
{
    private readonly TrueFalsePropertyEditor _editor = new();

    [TestCase("1")]
    [TestCase("0")]
    [TestCase("true")]
    [TestCase("False")]
    [TestCase("TRUE")]
    public void Flags_pass(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor)), Is.Empty);
    }

    [TestCase("yes")]
    [TestCase("2")]
    public void Other_text_is_refused_naming_the_property(string value)
    {
        var error = SingleError(_editor.Validate(value, For(_editor, path: "properties.isFree")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.isFree"));
            Assert.That(error.Message, Is.EqualTo($"'{value}' is not a true/false value: expected \"1\" or \"0\" (or \"true\" or \"false\")."));
        }
    }

    [Test]
    public void Only_blank_is_empty()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.IsEmpty(""), Is.True);
            Assert.That(_editor.IsEmpty("0"), Is.False);
            Assert.That(_editor.IsEmpty("false"), Is.False);
        }
    }

    [Test]
    public void Valid_values_are_stored_as_given()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.PrepareForStorage("true", For(_editor)), Is.EqualTo("true"));
            Assert.That(_editor.PrepareForStorage("0", For(_editor)), Is.EqualTo("0"));
        }
    }

    [TestCase("true", "1")]
    [TestCase("FALSE", "0")]
    [TestCase("1", "1")]
    public void Converting_text_normalises_to_1_or_0(string text, string expected)
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), text, For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Text_that_is_not_a_flag_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "maybe", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("'maybe', is not a true/false value"));
        }
    }
}
