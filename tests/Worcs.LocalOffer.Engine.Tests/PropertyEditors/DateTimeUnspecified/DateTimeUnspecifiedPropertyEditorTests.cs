using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class DateTimeUnspecifiedPropertyEditorTests
{
    private readonly DateTimeUnspecifiedPropertyEditor _editor = new();

    [Test]
    public void A_json_date_time_passes_whatever_its_offset()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate("""{"date":"2025-01-02T10:00:00+00:00","timeZone":null}""", For(_editor)), Is.Empty);
            Assert.That(_editor.Validate("""{"date":"2025-01-02T10:00:00.1234567+05:30","timeZone":null}""", For(_editor)), Is.Empty);
        }
    }

    [Test]
    public void An_unknown_time_zone_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("""{"date":"2025-01-02T10:00:00+00:00","timeZone":"Mars/Olympus"}""", For(_editor, path: "properties.eventStart")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.eventStart"));
            Assert.That(error.Message, Is.EqualTo("The time zone 'Mars/Olympus' is not a known IANA time zone such as \"Europe/London\"."));
        }
    }

    [Test]
    public void A_time_zone_that_is_not_text_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"date":"2025-01-02T10:00:00+00:00","timeZone":1}""", For(_editor)));

        Assert.That(error.Message, Does.StartWith("The 'timeZone' field is a number"));
    }

    [Test]
    public void A_classic_date_time_converts_keeping_its_time()
    {
        var converted = _editor.TryConvertFrom(new DateTimePropertyEditor(), "2019-08-01 09:15:00", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"date":"2019-08-01T09:15:00+00:00","timeZone":null}"""));
        }
    }

    [Test]
    public void A_date_with_a_time_zone_converts_to_its_time_as_entered_without_the_offset()
    {
        var converted = _editor.TryConvertFrom(
            new DateTimeWithTimeZonePropertyEditor(),
            """{"date":"2025-06-02T10:00:00+01:00","timeZone":"Europe/London"}""",
            For(_editor),
            out var value,
            out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"date":"2025-06-02T10:00:00+00:00","timeZone":null}"""));
        }
    }
}
