using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class DateOnlyPropertyEditorTests
{
    private readonly DateOnlyPropertyEditor _editor = new();

    [TestCase("""{"date":"2025-01-02T00:00:00+00:00","timeZone":null}""")]
    [TestCase("""{"date":"2025-01-02T00:00:00Z"}""")]
    [TestCase("""{"date":"2025-01-02","timeZone":null}""")]
    public void Json_dates_pass(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor)), Is.Empty);
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("""{"date":null,"timeZone":null}""")]
    public void Values_without_a_date_are_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [Test]
    public void A_date_is_not_empty()
    {
        Assert.That(_editor.IsEmpty("""{"date":"2025-01-02T00:00:00+00:00","timeZone":null}"""), Is.False);
    }

    [Test]
    public void Malformed_json_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("""{"date":"2025-01-02""", For(_editor, path: "properties.startDate")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.startDate"));
            Assert.That(error.Message, Does.StartWith("The date is not valid JSON"));
            Assert.That(error.Message, Does.Contain("""expected JSON like {"date":"""));
        }
    }

    [Test]
    public void A_classic_date_string_is_refused_as_not_json()
    {
        var error = SingleError(_editor.Validate("2025-01-02", For(_editor, path: "properties.startDate")));

        Assert.That(error.Message, Does.StartWith("The date is not valid JSON"));
    }

    [Test]
    public void Json_that_is_not_an_object_is_refused()
    {
        var error = SingleError(_editor.Validate("""["2025-01-02"]""", For(_editor, path: "properties.startDate")));

        Assert.That(error.Message, Does.StartWith("The date is an array; expected a JSON object"));
    }

    [Test]
    public void A_date_field_that_is_not_text_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"date":20250102}""", For(_editor, path: "properties.startDate")));

        Assert.That(error.Message, Does.StartWith("The 'date' field is a number"));
    }

    [Test]
    public void A_date_field_that_does_not_parse_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"date":"02/01/2025","timeZone":null}""", For(_editor, path: "properties.startDate")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.startDate"));
            Assert.That(error.Message, Is.EqualTo("The 'date' field '02/01/2025' is not a valid date and time; expected ISO 8601 like \"2025-01-02T10:00:00+01:00\"."));
        }
    }

    [Test]
    public void A_classic_date_time_converts_to_the_json_form_of_its_date()
    {
        var converted = _editor.TryConvertFrom(new DateTimePropertyEditor(), "2019-08-01 15:30:00", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"date":"2019-08-01T00:00:00+00:00","timeZone":null}"""));
        }
    }

    [Test]
    public void A_date_with_a_time_zone_converts_to_its_date_as_entered()
    {
        var converted = _editor.TryConvertFrom(
            new DateTimeWithTimeZonePropertyEditor(),
            """{"date":"2025-01-02T23:30:00-05:00","timeZone":"America/New_York"}""",
            For(_editor),
            out var value,
            out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"date":"2025-01-02T00:00:00+00:00","timeZone":null}"""));
        }
    }

    [Test]
    public void Text_that_is_not_a_date_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "soon", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("The date is not valid JSON"));
        }
    }
}
