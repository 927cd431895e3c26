namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.DateOnly: only the date part of <c>{"date":"2025-01-02T00:00:00+00:00","timeZone":null}</c> matters.</summary>
public sealed class DateOnlyPropertyEditor : DateTimeJsonPropertyEditor
{
    public override string Alias => PropertyEditorAliases.DateOnly;

    protected override string FromWallClock(DateTime wallClock, PropertyEditorContext context) =>
        DateTimeValues.WriteJson(new DateTimeOffset(wallClock.Date, TimeSpan.Zero), null);

    protected override string FromStored(DateTimeOffset date, string? timeZone, PropertyEditorContext context) =>
        DateTimeValues.WriteJson(new DateTimeOffset(date.Date, TimeSpan.Zero), null);
}
