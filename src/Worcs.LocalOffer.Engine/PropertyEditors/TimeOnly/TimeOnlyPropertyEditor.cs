using System.Globalization;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.TimeOnly: a time of day stored as Umbraco 17 stores it, in the date editors' JSON on the first day of the
/// calendar, <c>{"date":"0001-01-01T10:30:00+00:00","timeZone":null}</c>. Only the time matters.
/// </summary>
public sealed class TimeOnlyPropertyEditor : DateTimeJsonPropertyEditor
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public override string Alias => PropertyEditorAliases.TimeOnly;

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        // A bare time such as "10:30" from a text box or a Plain.Time value.
        if (!source.IsEmpty(value)
            && TimeOnly.TryParseExact(value!.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return ValueConversion.Accept(this, source, Write(time.ToTimeSpan()), context, out converted, out reason);
        }

        return base.TryConvertFrom(source, value, context, out converted, out reason);
    }

    protected override string FromWallClock(DateTime wallClock, PropertyEditorContext context) => Write(wallClock.TimeOfDay);

    protected override string FromStored(DateTimeOffset date, string? timeZone, PropertyEditorContext context) => Write(date.TimeOfDay);

    private static string Write(TimeSpan timeOfDay) =>
        DateTimeValues.WriteJson(new DateTimeOffset(DateTime.MinValue.Add(timeOfDay), TimeSpan.Zero), null);
}
