using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class IntegerPropertyEditorTests
{
    private readonly IntegerPropertyEditor _editor = new();

    [TestCase("42")]
    [TestCase("-7")]
    [TestCase("0")]
    public void Whole_numbers_pass(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor)), Is.Empty);
    }

    [Test]
    public void Integer_that_does_not_parse_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("forty", For(_editor, path: "properties.places")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.places"));
            Assert.That(error.Message, Does.StartWith("'forty' is not a valid whole number"));
        }
    }

    [Test]
    public void Integer_with_decimal_places_is_refused_as_not_whole()
    {
        var error = SingleError(_editor.Validate("12.00", For(_editor, path: "properties.places")));

        Assert.That(error.Message, Is.EqualTo("'12.00' is not a whole number: remove the decimal point and any decimal places, like 42."));
    }

    [Test]
    public void Integer_with_thousands_separators_is_refused_saying_so()
    {
        var error = SingleError(_editor.Validate("1,000", For(_editor)));

        Assert.That(error.Message, Does.Contain("remove the thousands separators"));
    }

    [Test]
    public void Integer_beyond_a_32_bit_number_is_refused()
    {
        var error = SingleError(_editor.Validate("3000000000", For(_editor)));

        Assert.That(error.Message, Does.Contain("is outside the range of a whole number"));
    }

    [Test]
    public void Min_max_and_step_are_each_enforced()
    {
        var context = For(_editor, """{"min":10,"max":100,"step":5}""", "properties.places");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SingleError(_editor.Validate("5", context)).Message, Is.EqualTo("'5' is below the minimum of 10."));
            Assert.That(SingleError(_editor.Validate("105", context)).Message, Is.EqualTo("'105' is above the maximum of 100."));
            Assert.That(SingleError(_editor.Validate("12", context)).Message, Does.Contain("does not fit the step of 5"));
            Assert.That(_editor.Validate("15", context), Is.Empty);
        }
    }

    [Test]
    public void A_whole_decimal_converts_to_an_integer()
    {
        var converted = _editor.TryConvertFrom(new DecimalPropertyEditor(), "12.00", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("12"));
        }
    }

    [Test]
    public void A_decimal_with_a_fraction_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new DecimalPropertyEditor(), "12.5", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("'12.5' has decimal places"));
        }
    }

    [Test]
    public void A_converted_value_must_fit_the_new_configuration()
    {
        var converted = _editor.TryConvertFrom(new DecimalPropertyEditor(), "150.00", For(_editor, """{"max":100}"""), out _, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Does.Contain("'150' is above the maximum of 100."));
        }
    }

    [Test]
    public void Text_holding_a_number_converts_without_its_spaces()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), " 7 ", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("7"));
        }
    }
}
