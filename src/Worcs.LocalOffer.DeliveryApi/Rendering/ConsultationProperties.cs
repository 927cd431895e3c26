using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>
/// A consultation's <c>status</c>: <c>upcoming</c> before its opening date, <c>open</c> from then (or from publishing when
/// there is no opening date) until the end of its closing date, <c>closed</c> after that, by UK calendar days. Its
/// <c>outcome</c> is delivered only once it is closed.
/// </summary>
internal sealed class ConsultationProperties : IDerivedProperties
{
    public const string TypeAlias = "consultation";

    public const string StatusAlias = "status";
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public bool AppliesTo(CachedType type) => type.Alias == TypeAlias;

    public bool Hides(string alias, Func<string, string?> getValue, RenderContext context) =>
        alias == "outcome" && StatusOf(getValue, context) != "closed";

    public void Write(Utf8JsonWriter writer, CachedType type, Func<string, string?> getValue, PropertySelection fields, RenderContext context)
    {
        if (fields.Includes(StatusAlias) && !type.ByAlias.ContainsKey(StatusAlias))
        {
            writer.WriteString(StatusAlias, StatusOf(getValue, context));
        }
    }

    /// <summary>The status at <see cref="RenderContext.Now"/>; records on the context when it next changes.</summary>
    public static string StatusOf(Func<string, string?> getValue, RenderContext context)
    {
        var opens = StoredDates.TryReadDay(getValue("openingDate"), out var opening) ? StartOfUkDay(opening) : (DateTimeOffset?)null;
        var closes = StoredDates.TryReadDay(getValue("closingDate"), out var closing) ? StartOfUkDay(closing.AddDays(1)) : (DateTimeOffset?)null;
        var now = context.Now;
        context.ReadsClock();
        if (opens is { } start && now < start)
        {
            context.ChangesAt(start);
            return "upcoming";
        }

        if (closes is { } end && now >= end)
        {
            return "closed";
        }

        if (closes is { } next)
        {
            context.ChangesAt(next);
        }

        return "open";
    }

    private static DateTimeOffset StartOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, UkTime.GetUtcOffset(local));
    }
}
