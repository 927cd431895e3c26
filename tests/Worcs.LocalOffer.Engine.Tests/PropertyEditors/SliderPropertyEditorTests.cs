using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class SliderPropertyEditorTests
{
    private const string One = """{"enableRange":false,"minVal":0,"maxVal":10,"step":0.5}""";
    private const string Range = """{"enableRange":true,"minVal":0,"maxVal":25,"step":1,"minimumRange":2}""";
    private const string Unbounded = """{"enableRange":false,"minVal":5,"maxVal":0,"step":0}""";

    private readonly SliderPropertyEditor _editor = new();

    [TestCase(One, "7.5")]
    [TestCase(One, "0")]
    [TestCase(Range, "5,16")]
    [TestCase(Range, "5, 7")]
    [TestCase(Unbounded, "12345.678")]
    public void A_value_inside_the_configuration_is_stored_unchanged(string configuration, string value)
    {
        var context = For(_editor, configuration);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(value, context), Is.Empty);
            Assert.That(_editor.PrepareForStorage(value, context), Is.EqualTo(value));
        }
    }

    [TestCase(One, "11", "'11' is above the maximum of 10.")]
    [TestCase(One, "-1", "'-1' is below the minimum of 0.")]
    [TestCase(One, "7.25", "'7.25' does not fit the step of 0.5: values go up in steps of 0.5 from 0.")]
    [TestCase(One, "2,4", "'2,4' is a range, but this data type holds one number (enableRange is off).")]
    [TestCase(One, "seven", "'seven' is not a slider value: expected a number like 5, or a range like 5,10.")]
    [TestCase(One, "1,2,3", "'1,2,3' is not a slider value: expected a number like 5, or a range like 5,10.")]
    [TestCase(Range, "16,5", "'16,5' is not a valid range: the end is below the start.")]
    [TestCase(Range, "5,6", "'5,6' spans 1, less than the minimum range of 2.")]
    [TestCase(Range, "5,30", "'5,30' is above the maximum of 25.")]
    [TestCase(Unbounded, "4", "'4' is below the minimum of 5.")]
    public void A_value_outside_the_configuration_is_refused(string configuration, string value, string message)
    {
        var error = SingleError(_editor.Validate(value, For(_editor, configuration, "properties.rating")));

        Assert.That((error.Path, error.Message), Is.EqualTo(("properties.rating", message)));
    }

    [TestCase("Umbraco.Integer", "7", One, "7")]
    [TestCase("Umbraco.Decimal", "7.50", One, "7.50")]
    [TestCase("Umbraco.Slider", "6,6", One, "6")]
    [TestCase("Umbraco.Slider", "5,9", Range, "5,9")]
    public void Numbers_convert_into_a_slider(string sourceAlias, string value, string configuration, string expected)
    {
        IPropertyEditor source = sourceAlias switch
        {
            "Umbraco.Integer" => new IntegerPropertyEditor(),
            "Umbraco.Decimal" => new DecimalPropertyEditor(),
            _ => _editor,
        };

        var converted = _editor.TryConvertFrom(source, value, For(_editor, configuration), out var result, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(result, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Text_and_ranges_that_do_not_fit_do_not_convert()
    {
        var text = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "lots", For(_editor, One), out _, out var textReason);
        var range = _editor.TryConvertFrom(_editor, "2,4", For(_editor, One), out _, out var rangeReason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Is.False);
            Assert.That(textReason, Is.EqualTo("the value stored by Umbraco.TextBox, 'lots', is not a number a slider can hold."));
            Assert.That(range, Is.False);
            Assert.That(rangeReason, Is.EqualTo("the value stored by Umbraco.Slider is not valid for Umbraco.Slider: '2,4' is a range, but this data type holds one number (enableRange is off)."));
        }
    }
}
