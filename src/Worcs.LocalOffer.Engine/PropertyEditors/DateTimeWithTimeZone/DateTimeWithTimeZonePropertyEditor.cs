using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.DateTimeWithTimeZone: a moment with its offset and, optionally, the IANA zone it was entered in.
/// A <c>timeZones</c> configuration with mode <c>custom</c> limits the zones to its list.
/// </summary>
public sealed class DateTimeWithTimeZonePropertyEditor : DateTimeJsonPropertyEditor
{
    // Classic values carry no zone. They are wall-clock times entered by the council's editors in the UK.
    private const string FallbackTimeZone = "Europe/London";

    public override string Alias => PropertyEditorAliases.DateTimeWithTimeZone;

    protected override IEnumerable<ValidationError> ValidateTimeZone(string? timeZone, PropertyEditorContext context)
    {
        var allowed = DateTimeValues.AllowedTimeZones(context.Configuration);
        if (timeZone is null || allowed is null || allowed.Contains(timeZone, StringComparer.OrdinalIgnoreCase))
        {
            return [];
        }

        return [new ValidationError(context.Path, $"The time zone {ValueText.Quote(timeZone)} is not allowed here; expected one of: {string.Join(", ", allowed)}.")];
    }

    protected override string FromWallClock(DateTime wallClock, PropertyEditorContext context) =>
        InZone(wallClock, context);

    protected override string FromStored(DateTimeOffset date, string? timeZone, PropertyEditorContext context) =>
        timeZone is null ? InZone(date.DateTime, context) : DateTimeValues.WriteJson(date, timeZone);

    private static string InZone(DateTime wallClock, PropertyEditorContext context)
    {
        var zoneId = DateTimeValues.AllowedTimeZones(context.Configuration)?[0] ?? FallbackTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return DateTimeValues.WriteJson(new DateTimeOffset(wallClock, TimeSpan.Zero), "UTC");
        }

        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return DateTimeValues.WriteJson(new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)), zone.Id);
    }
}
