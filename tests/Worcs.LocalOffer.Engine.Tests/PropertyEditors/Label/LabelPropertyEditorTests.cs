using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class LabelPropertyEditorTests
{
    private readonly LabelPropertyEditor _editor = new();

    private static string Config(string type) => $$"""{"umbracoDataValueType":"{{type}}"}""";

    [TestCase("STRING", "any text at all")]
    [TestCase("TEXT", "line one\nline two")]
    [TestCase("INT", "42")]
    [TestCase("INT", "-7")]
    [TestCase("BIGINT", "5368709120")]
    [TestCase("DECIMAL", "12.50")]
    [TestCase("DATETIME", "2025-01-02 10:30:00")]
    [TestCase("DATETIME", "2025-01-02T10:30:00")]
    [TestCase("DATE", "2025-01-02")]
    [TestCase("TIME", "10:30:00")]
    [TestCase("UNKNOWN", "falls back to STRING")]
    public void A_value_of_the_configured_type_is_stored_unchanged(string type, string value)
    {
        var context = For(_editor, Config(type));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(value, context), Is.Empty);
            Assert.That(_editor.PrepareForStorage(value, context), Is.EqualTo(value));
        }
    }

    [TestCase("INT", "4.5", "expected a whole number between")]
    [TestCase("INT", "5368709120", "expected a whole number between")]
    [TestCase("BIGINT", "lots", "expected a whole number, like 1048576.")]
    [TestCase("DECIMAL", "1,085.00", "expected a decimal number with '.' as the decimal point, like 12.50.")]
    [TestCase("DATETIME", "yesterday", "expected a date and time, like 2025-01-02 10:30:00.")]
    [TestCase("TIME", "half past ten", "expected a time, like 10:30:00.")]
    public void A_value_that_does_not_fit_the_type_is_refused_naming_value_and_type(string type, string value, string expected)
    {
        var error = SingleError(_editor.Validate(value, For(_editor, Config(type), "properties.umbracoBytes")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.umbracoBytes"));
            Assert.That(error.Message, Does.StartWith($"'{value}' does not fit this label, which holds {type} values"));
            Assert.That(error.Message, Does.Contain(expected));
        }
    }

    [Test]
    public void A_number_converts_into_an_integer_label()
    {
        var converted = _editor.TryConvertFrom(new IntegerPropertyEditor(), "42", For(_editor, Config("INT")), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("42"));
        }
    }

    [Test]
    public void Text_that_is_not_a_number_does_not_convert_into_an_integer_label()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "many", For(_editor, Config("INT")), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.StartWith("the value stored by Umbraco.TextBox is not valid for Umbraco.Label: 'many' does not fit"));
        }
    }

    [Test]
    public void A_label_converts_into_a_text_box()
    {
        var textBox = new TextBoxPropertyEditor();
        var converted = textBox.TryConvertFrom(_editor, "1048576", For(textBox), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("1048576"));
        }
    }
}
