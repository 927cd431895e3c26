using System.Globalization;
using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>
/// A document's <c>Info/Schedule</c> (<c>ContentSchedule</c>: <c>Culture</c>, <c>Action</c> = <c>Release</c> or
/// <c>Expire</c>, <c>Date</c>) read the way uSync applies it: dates that have passed decide the publish state now
/// (a release publishes, an expiry unpublishes, in date order); a future release keeps a published file's document
/// as it is (saved, not published) until then; future dates become the engine's scheduled publish and unpublish.
/// Dates are UTC. Culture schedules are reported, not applied.
/// </summary>
public static class ContentSchedules
{
    public const string Release = "Release";
    public const string Expire = "Expire";

    /// <summary>What the file means for the document at <paramref name="nowUtc"/>; problems name the element.</summary>
    public static ContentScheduleState Resolve(SyncContent file, bool? published, DateTime nowUtc, List<string> errors, List<string> warnings)
    {
        var state = published;
        DateTime? publishAt = null;
        DateTime? unpublishAt = null;
        foreach (var (culture, action, date) in Read(file.Info.Schedule ?? [], errors).OrderBy(entry => entry.Date))
        {
            if (culture.Length > 0)
            {
                warnings.Add($"Schedule: the {action} of culture '{culture}' on {Format(date)} is not applied (culture schedules are reported, not applied)");
                continue;
            }

            var passed = date <= nowUtc;
            if (action == Release)
            {
                state = passed ? true : state == true ? null : state;
                publishAt = passed ? publishAt : Single(publishAt, date, action, errors);
            }
            else
            {
                state = passed ? false : state;
                unpublishAt = passed ? unpublishAt : Single(unpublishAt, date, action, errors);
            }
        }

        if (publishAt is not null && unpublishAt <= publishAt)
        {
            errors.Add($"Schedule: the Expire date {Format(unpublishAt.Value)} must come after the Release date {Format(publishAt.Value)}");
        }

        return new ContentScheduleState(state, publishAt, unpublishAt);
    }

    /// <summary>
    /// The <c>ContentSchedule</c> elements for the engine's dates, in uSync's order (by action name, then culture),
    /// keeping the culture schedules of the file being overwritten.
    /// </summary>
    public static List<XElement> ToXml(DateTime? publishAt, DateTime? unpublishAt, IReadOnlyList<XElement>? existing)
    {
        var entries = (existing ?? []).Where(element => (element.Element("Culture")?.Value ?? "").Length > 0)
            .Select(element => (Action: element.Element("Action")?.Value ?? "", Culture: element.Element("Culture")!.Value, Xml: element))
            .ToList();
        if (unpublishAt is { } expire)
        {
            entries.Add((Expire, "", Element(Expire, expire)));
        }

        if (publishAt is { } release)
        {
            entries.Add((Release, "", Element(Release, release)));
        }

        return [.. entries.OrderBy(entry => entry.Action, StringComparer.Ordinal).ThenBy(entry => entry.Culture, StringComparer.Ordinal).Select(entry => entry.Xml)];
    }

    private static XElement Element(string action, DateTime date) =>
        new("ContentSchedule", new XElement("Culture", ""), new XElement("Action", action), new XElement("Date", Format(date)));

    private static string Format(DateTime date) => date.ToString("s", CultureInfo.InvariantCulture);

    private static DateTime? Single(DateTime? earlier, DateTime date, string action, List<string> errors)
    {
        if (earlier is not null)
        {
            errors.Add($"Schedule: more than one future {action} date ({Format(earlier.Value)} and {Format(date)}); a document has one of each");
        }

        return earlier ?? date;
    }

    private static IEnumerable<(string Culture, string Action, DateTime Date)> Read(IReadOnlyList<XElement> schedule, List<string> errors)
    {
        foreach (var element in schedule)
        {
            var culture = element.Element("Culture")?.Value ?? "";
            var action = element.Element("Action")?.Value ?? "";
            var dateText = element.Element("Date")?.Value ?? "";
            if (element.Name.LocalName != "ContentSchedule" || action is not (Release or Expire))
            {
                errors.Add($"Schedule: <{element.Name.LocalName}> with Action '{action}' is not a ContentSchedule with Action Release or Expire");
                continue;
            }

            if (!DateTime.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                errors.Add($"Schedule: the {action} date '{dateText}' is not a date (yyyy-MM-ddTHH:mm:ss)");
                continue;
            }

            yield return (culture, action, DateTime.SpecifyKind(date, DateTimeKind.Utc));
        }
    }
}

/// <summary>
/// What a document file means now: <see cref="Publish"/> true publishes, false unpublishes, null leaves the publish
/// state alone (saves only); <see cref="PublishAt"/> and <see cref="UnpublishAt"/> are future UTC dates to schedule.
/// </summary>
public sealed record ContentScheduleState(bool? Publish, DateTime? PublishAt, DateTime? UnpublishAt)
{
    public static ContentScheduleState None { get; } = new(null, null, null);
}
