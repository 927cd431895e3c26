using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

/// <summary>Umbraco.TimeOnly and the Umbraco.Plain.* editors.</summary>
public sealed class TimeAndPlainPropertyEditorTests
{
    private static readonly TimeOnlyPropertyEditor Time = new();

    private static IEnumerable<TestCaseData> GoodValues()
    {
        yield return new TestCaseData(Time, """{"date":"0001-01-01T09:30:00+00:00","timeZone":null}""");
        yield return new TestCaseData(new PlainStringPropertyEditor(), "anything <at all>");
        yield return new TestCaseData(new PlainJsonPropertyEditor(), """{"ids":[1,2],"source":"import"}""");
        yield return new TestCaseData(new PlainJsonPropertyEditor(), "42");
        yield return new TestCaseData(new PlainIntegerPropertyEditor(), "-17");
        yield return new TestCaseData(new PlainDecimalPropertyEditor(), "3.250");
        yield return new TestCaseData(new PlainDateTimePropertyEditor(), "2025-01-02 10:30:00");
        yield return new TestCaseData(new PlainDateTimePropertyEditor(), "2025-01-02T10:30:00+01:00");
        yield return new TestCaseData(new PlainTimePropertyEditor(), "17:45:00");
    }

    private static IEnumerable<TestCaseData> BadValues()
    {
        yield return new TestCaseData(Time, """{"date":"half nine","timeZone":null}""", """The 'date' field 'half nine' is not a valid date and time; expected ISO 8601 like "2025-01-02T10:00:00+01:00".""");
        yield return new TestCaseData(new PlainJsonPropertyEditor(), "{oops", """The value is not valid JSON (line 1, position 2); expected JSON, like {"name":"value"}.""");
        yield return new TestCaseData(new PlainIntegerPropertyEditor(), "4.5", "'4.5' is not a whole number: remove the decimal point and any decimal places, like 42.");
        yield return new TestCaseData(new PlainDecimalPropertyEditor(), "£3", "'£3' is not a valid decimal number: remove the currency symbol '£' and write the number only, like 1085665.00.");
        yield return new TestCaseData(new PlainDateTimePropertyEditor(), "soon", "'soon' is not a date and time: expected one like 2025-01-02 10:30:00 or 2025-01-02T10:30:00.");
        yield return new TestCaseData(new PlainTimePropertyEditor(), "25:99", "'25:99' is not a time: expected one like 10:30:00.");
    }

    [TestCaseSource(nameof(GoodValues))]
    public void A_good_value_is_valid_and_stored_unchanged(IPropertyEditor editor, string value)
    {
        var context = For(editor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(editor.Validate(value, context), Is.Empty);
            Assert.That(editor.PrepareForStorage(value, context), Is.EqualTo(value));
        }
    }

    [TestCaseSource(nameof(BadValues))]
    public void A_bad_value_is_refused_with_what_was_expected(IPropertyEditor editor, string value, string message)
    {
        var error = SingleError(editor.Validate(value, For(editor, path: "properties.plain")));

        Assert.That((error.Path, error.Message), Is.EqualTo(("properties.plain", message)));
    }

    [TestCase("Umbraco.TextBox", "10:30")]
    [TestCase("Umbraco.Plain.Time", "10:30:00")]
    [TestCase("Umbraco.DateTime", "2019-08-01 10:30:00")]
    [TestCase("Umbraco.DateTimeWithTimeZone", """{"date":"2025-01-02T10:30:00+01:00","timeZone":"Europe/London"}""")]
    public void A_time_of_day_converts_into_time_only(string sourceAlias, string value)
    {
        IPropertyEditor source = sourceAlias switch
        {
            "Umbraco.Plain.Time" => new PlainTimePropertyEditor(),
            "Umbraco.DateTime" => new DateTimePropertyEditor(),
            "Umbraco.DateTimeWithTimeZone" => new DateTimeWithTimeZonePropertyEditor(),
            _ => new TextBoxPropertyEditor(),
        };

        var converted = Time.TryConvertFrom(source, value, For(Time), out var result, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(result, Is.EqualTo("""{"date":"0001-01-01T10:30:00+00:00","timeZone":null}"""));
        }
    }

    [Test]
    public void Numbers_convert_between_the_plain_and_the_configured_number_editors()
    {
        var plain = new PlainIntegerPropertyEditor();
        var toPlain = plain.TryConvertFrom(new IntegerPropertyEditor(), "42", For(plain), out var plainValue, out var plainReason);
        var integer = new IntegerPropertyEditor();
        var fromPlain = integer.TryConvertFrom(new PlainDecimalPropertyEditor(), "12.00", For(integer), out var integerValue, out var integerReason);
        var refused = plain.TryConvertFrom(new TextBoxPropertyEditor(), "many", For(plain), out _, out var refusedReason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((toPlain, plainValue), Is.EqualTo((true, "42")), plainReason);
            Assert.That((fromPlain, integerValue), Is.EqualTo((true, "12")), integerReason);
            Assert.That(refused, Is.False);
            Assert.That(refusedReason, Does.StartWith("the value stored by Umbraco.TextBox is not valid for Umbraco.Plain.Integer: 'many' is not a valid whole number"));
        }
    }
}
