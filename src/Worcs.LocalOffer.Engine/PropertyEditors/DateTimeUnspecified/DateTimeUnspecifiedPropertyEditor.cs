namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.DateTimeUnspecified: a date and time with no zone; any stored offset is ignored.</summary>
public sealed class DateTimeUnspecifiedPropertyEditor : DateTimeJsonPropertyEditor
{
    public override string Alias => PropertyEditorAliases.DateTimeUnspecified;

    protected override string FromWallClock(DateTime wallClock, PropertyEditorContext context) =>
        DateTimeValues.WriteJson(new DateTimeOffset(wallClock, TimeSpan.Zero), null);

    protected override string FromStored(DateTimeOffset date, string? timeZone, PropertyEditorContext context) =>
        DateTimeValues.WriteJson(new DateTimeOffset(date.DateTime, TimeSpan.Zero), null);
}
