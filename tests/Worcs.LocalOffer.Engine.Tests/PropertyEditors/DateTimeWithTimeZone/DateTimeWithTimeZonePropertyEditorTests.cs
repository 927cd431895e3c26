using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class DateTimeWithTimeZonePropertyEditorTests
{
    private const string CustomZones = """{"timeZones":{"mode":"custom","timeZones":["Europe/London","Europe/Dublin"]}}""";

    private readonly DateTimeWithTimeZonePropertyEditor _editor = new();

    [TestCase("""{"date":"2025-01-02T10:00:00+01:00","timeZone":"Europe/London"}""")]
    [TestCase("""{"date":"2025-01-02T10:00:00+00:00","timeZone":null}""")]
    [TestCase("""{"date":"2025-01-02T10:00:00-05:00","timeZone":"America/New_York"}""")]
    public void Known_zones_pass_when_any_zone_is_allowed(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor, """{"timeZones":{"mode":"all","timeZones":[]}}""")), Is.Empty);
    }

    [Test]
    public void A_zone_in_the_custom_list_passes()
    {
        Assert.That(_editor.Validate("""{"date":"2025-01-02T10:00:00+00:00","timeZone":"Europe/Dublin"}""", For(_editor, CustomZones)), Is.Empty);
    }

    [Test]
    public void A_zone_outside_the_custom_list_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate(
            """{"date":"2025-01-02T10:00:00-05:00","timeZone":"America/New_York"}""",
            For(_editor, CustomZones, "properties.eventStart")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.eventStart"));
            Assert.That(error.Message, Is.EqualTo("The time zone 'America/New_York' is not allowed here; expected one of: Europe/London, Europe/Dublin."));
        }
    }

    [Test]
    public void A_windows_zone_name_is_refused_as_not_iana()
    {
        var error = SingleError(_editor.Validate("""{"date":"2025-01-02T10:00:00+00:00","timeZone":"GMT Standard Time"}""", For(_editor)));

        Assert.That(error.Message, Does.Contain("'GMT Standard Time' is not a known IANA time zone"));
    }

    [Test]
    public void A_classic_date_time_converts_into_the_first_custom_zone()
    {
        var converted = _editor.TryConvertFrom(new DateTimePropertyEditor(), "2025-07-01 09:00:00", For(_editor, CustomZones), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"date":"2025-07-01T09:00:00+01:00","timeZone":"Europe/London"}"""));
        }
    }

    [Test]
    public void A_classic_date_time_converts_as_uk_time_when_no_zone_is_configured()
    {
        var converted = _editor.TryConvertFrom(new DateTimePropertyEditor(), "2019-12-01 00:00:00", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"date":"2019-12-01T00:00:00+00:00","timeZone":"Europe/London"}"""));
        }
    }

    [Test]
    public void A_zone_the_new_configuration_does_not_allow_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(
            new DateTimeWithTimeZonePropertyEditor(),
            """{"date":"2025-01-02T10:00:00-05:00","timeZone":"America/New_York"}""",
            For(_editor, CustomZones),
            out _,
            out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Does.Contain("'America/New_York' is not allowed here"));
        }
    }
}
