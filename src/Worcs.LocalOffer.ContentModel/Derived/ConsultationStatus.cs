using Worcs.LocalOffer.ContentModel.StoredValues;

namespace Worcs.LocalOffer.ContentModel.Derived;

/// <summary>
/// A consultation's <c>status</c>: <c>upcoming</c> before its opening date, <c>open</c> from then (or from publishing when
/// there is no opening date) until the end of its closing date, <c>closed</c> after that, by UK calendar days. Its
/// <c>outcome</c> is withheld until it is closed.
/// </summary>
public sealed class ConsultationStatus : IDerivedProperty
{
    public const string Upcoming = "upcoming";

    public const string Open = "open";

    public const string Closed = "closed";

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string DocumentTypeAlias => SendAliases.Consultation;

    public string Alias => SendAliases.Status;

    public DerivedValueKind Kind => DerivedValueKind.Text;

    public Derived<object> ValueOf(Func<string, string?> stored, DateTimeOffset now)
    {
        var status = StatusOf(stored, now);
        return new Derived<object>(status.Value, status.ReadsClock, status.ChangesAt);
    }

    public Derived<bool> Withholds(string propertyAlias, Func<string, string?> stored, DateTimeOffset now)
    {
        if (propertyAlias != SendAliases.Outcome)
        {
            return Derived<bool>.Fixed(false);
        }

        var status = StatusOf(stored, now);
        return new Derived<bool>(status.Value != Closed, status.ReadsClock, status.ChangesAt);
    }

    public static Derived<string> StatusOf(Func<string, string?> stored, DateTimeOffset now)
    {
        var opens = StoredDates.TryReadDay(stored(SendAliases.OpeningDate), out var opening) ? StartOfUkDay(opening) : (DateTimeOffset?)null;
        var closes = StoredDates.TryReadDay(stored(SendAliases.ClosingDate), out var closing) ? StartOfUkDay(closing.AddDays(1)) : (DateTimeOffset?)null;
        if (opens is { } start && now < start)
        {
            return new Derived<string>(Upcoming, true, start);
        }

        return closes is { } end && now >= end
            ? new Derived<string>(Closed, true, null)
            : new Derived<string>(Open, true, closes);
    }

    private static DateTimeOffset StartOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, UkTime.GetUtcOffset(local));
    }
}
