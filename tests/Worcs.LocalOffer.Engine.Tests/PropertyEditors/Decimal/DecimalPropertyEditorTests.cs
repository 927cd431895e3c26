using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class DecimalPropertyEditorTests
{
    private readonly DecimalPropertyEditor _editor = new();

    [TestCase("1085665.00")]
    [TestCase("1085665")]
    [TestCase("-12.5")]
    [TestCase("0")]
    public void Invariant_decimals_pass(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor)), Is.Empty);
    }

    [Test]
    public void Decimal_that_does_not_parse_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("twelve", For(_editor, path: "properties.amount")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.amount"));
            Assert.That(error.Message, Does.StartWith("'twelve' is not a valid decimal number"));
            Assert.That(error.Message, Does.Contain("'.' as the decimal point, like 1085665.00"));
        }
    }

    [Test]
    public void Decimal_with_thousands_separators_is_refused_saying_so()
    {
        var error = SingleError(_editor.Validate("1,085,665.00", For(_editor, path: "properties.amount")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.amount"));
            Assert.That(error.Message, Does.Contain("remove the thousands separators (',')"));
        }
    }

    [Test]
    public void Decimal_with_a_currency_symbol_is_refused_saying_so()
    {
        var error = SingleError(_editor.Validate("£1085665.00", For(_editor, path: "properties.amount")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.amount"));
            Assert.That(error.Message, Does.Contain("remove the currency symbol '£'"));
        }
    }

    [Test]
    public void Decimal_with_spaces_is_refused_saying_so()
    {
        var error = SingleError(_editor.Validate("1 085 665", For(_editor)));

        Assert.That(error.Message, Does.Contain("remove the spaces"));
    }

    [Test]
    public void Decimal_too_large_to_store_is_refused()
    {
        var error = SingleError(_editor.Validate(new string('9', 40), For(_editor)));

        Assert.That(error.Message, Does.Contain("is too large to store as a decimal number"));
    }

    [Test]
    public void Decimal_below_min_is_refused()
    {
        var error = SingleError(_editor.Validate("-0.01", For(_editor, """{"min":0,"max":100}""", "properties.amount")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.amount"));
            Assert.That(error.Message, Is.EqualTo("'-0.01' is below the minimum of 0."));
        }
    }

    [Test]
    public void Decimal_above_max_is_refused()
    {
        var error = SingleError(_editor.Validate("100.5", For(_editor, """{"min":0,"max":100}""")));

        Assert.That(error.Message, Is.EqualTo("'100.5' is above the maximum of 100."));
    }

    [Test]
    public void Decimal_off_step_is_refused()
    {
        var error = SingleError(_editor.Validate("1.30", For(_editor, """{"min":1,"step":0.25}""")));

        Assert.That(error.Message, Is.EqualTo("'1.30' does not fit the step of 0.25: values go up in steps of 0.25 from 1."));
    }

    [Test]
    public void Decimal_on_step_passes_and_null_limits_are_ignored()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate("1.50", For(_editor, """{"min":1,"step":0.25}""")), Is.Empty);
            Assert.That(_editor.Validate("-5000", For(_editor, """{"min":null,"max":null,"step":null}""")), Is.Empty);
        }
    }

    [Test]
    public void Limits_configured_as_strings_are_read()
    {
        var error = SingleError(_editor.Validate("11", For(_editor, """{"max":"10"}""")));

        Assert.That(error.Message, Is.EqualTo("'11' is above the maximum of 10."));
    }

    [Test]
    public void An_integer_converts_to_a_decimal()
    {
        var converted = _editor.TryConvertFrom(new IntegerPropertyEditor(), "42", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("42"));
        }
    }

    [Test]
    public void Text_that_is_not_a_decimal_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "£12", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.StartWith("the value stored by Umbraco.TextBox is not valid for Umbraco.Decimal"));
        }
    }
}
