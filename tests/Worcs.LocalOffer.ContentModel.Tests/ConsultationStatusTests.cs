using Worcs.LocalOffer.ContentModel.Derived;

namespace Worcs.LocalOffer.ContentModel.Tests;

/// <summary>A consultation is upcoming, open or closed by UK calendar days, and its outcome is withheld until it closes.</summary>
[TestFixture]
public sealed class ConsultationStatusTests
{
    private static readonly ConsultationStatus Rule = new();

    private static Func<string, string?> Stored(string? opening, string? closing) => alias => alias switch
    {
        SendAliases.OpeningDate => opening,
        SendAliases.ClosingDate => closing,
        SendAliases.Outcome => "<p>We listened.</p>",
        _ => null,
    };

    [TestCase("2019-02-01T09:00:00+00:00", "upcoming")]
    [TestCase("2019-02-04T00:00:00+00:00", "open")]
    [TestCase("2019-03-01T23:59:59+00:00", "open")]
    [TestCase("2019-03-02T00:00:00+00:00", "closed")]
    public void Status_follows_the_opening_and_closing_days(string now, string expected)
    {
        var status = Rule.ValueOf(Stored("2019-02-04", "2019-03-01"), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.Value, Is.EqualTo(expected));
            Assert.That(status.ReadsClock, Is.True);
        }
    }

    [Test]
    public void Closing_day_ends_at_uk_midnight_in_summer_time()
    {
        var lastMinute = Rule.ValueOf(Stored(null, "2019-07-01"), new DateTimeOffset(2019, 7, 1, 22, 59, 0, TimeSpan.Zero));
        var afterMidnight = Rule.ValueOf(Stored(null, "2019-07-01"), new DateTimeOffset(2019, 7, 1, 23, 0, 0, TimeSpan.Zero));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lastMinute.Value, Is.EqualTo("open"));
            Assert.That(lastMinute.ChangesAt, Is.EqualTo(new DateTimeOffset(2019, 7, 1, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(afterMidnight.Value, Is.EqualTo("closed"));
            Assert.That(afterMidnight.ChangesAt, Is.Null);
        }
    }

    [Test]
    public void Without_dates_a_consultation_is_open_for_good()
    {
        var status = Rule.ValueOf(Stored(null, null), DateTimeOffset.UnixEpoch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.Value, Is.EqualTo("open"));
            Assert.That(status.ChangesAt, Is.Null);
        }
    }

    [Test]
    public void The_outcome_is_withheld_until_closed_and_other_properties_never()
    {
        var stored = Stored("2019-02-04", "2019-03-01");
        var open = new DateTimeOffset(2019, 2, 10, 0, 0, 0, TimeSpan.Zero);
        var closed = new DateTimeOffset(2019, 3, 5, 0, 0, 0, TimeSpan.Zero);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rule.Withholds(SendAliases.Outcome, stored, open).Value, Is.True);
            Assert.That(Rule.Withholds(SendAliases.Outcome, stored, open).ChangesAt, Is.EqualTo(new DateTimeOffset(2019, 3, 2, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(Rule.Withholds(SendAliases.Outcome, stored, closed).Value, Is.False);
            Assert.That(Rule.Withholds("title", stored, open).Value, Is.False);
        }
    }
}
