using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class DateTimePropertyEditorTests
{
    private readonly DateTimePropertyEditor _editor = new();

    [TestCase("2019-08-01 00:00:00")]
    [TestCase("2019-08-01T00:00:00")]
    [TestCase("2019-08-01T13:45:10.5")]
    [TestCase("2019-08-01 13:45")]
    [TestCase("2019-08-01")]
    public void Classic_date_formats_pass(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor, """{"format":"YYYY-MM-DD HH:mm:ss","offsetTime":false}""")), Is.Empty);
    }

    [TestCase("01/08/2019")]
    [TestCase("2019-02-30 00:00:00")]
    [TestCase("next Tuesday")]
    public void Date_that_does_not_parse_is_refused_naming_the_property(string value)
    {
        var error = SingleError(_editor.Validate(value, For(_editor, path: "properties.closingDate")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.closingDate"));
            Assert.That(error.Message, Is.EqualTo($"'{value}' is not a valid date and time: expected \"yyyy-MM-dd HH:mm:ss\", like \"2019-08-01 00:00:00\"."));
        }
    }

    [Test]
    public void A_json_date_converts_to_the_classic_format_keeping_the_time_as_entered()
    {
        var converted = _editor.TryConvertFrom(
            new DateTimeWithTimeZonePropertyEditor(),
            """{"date":"2025-01-02T10:30:00+01:00","timeZone":"Europe/Paris"}""",
            For(_editor),
            out var value,
            out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("2025-01-02 10:30:00"));
        }
    }

    [Test]
    public void Text_that_is_not_a_date_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "soon", For(_editor), out _, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(reason, Does.Contain("'soon' is not a valid date and time"));
        }
    }
}
