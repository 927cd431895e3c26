using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// The Umbraco 16+ date editors, which store <c>{"date":"2025-01-02T10:00:00+01:00","timeZone":…}</c>.
/// Values from the classic Umbraco.DateTime editor are converted into this form.
/// </summary>
public abstract class DateTimeJsonPropertyEditor : PropertyEditor
{
    public override bool IsEmpty(string? value) => DateTimeValues.IsEmptyJson(value);

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!DateTimeValues.TryReadJson(value!, out _, out var timeZone, out var error))
        {
            return [new ValidationError(context.Path, error!)];
        }

        return ValidateTimeZone(timeZone, context);
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        var text = value!.Trim();
        if (DateTimeValues.TryParseClassic(text, out var wallClock))
        {
            return ValueConversion.Accept(this, source, FromWallClock(wallClock, context), context, out converted, out reason);
        }

        if (source is DateTimeJsonPropertyEditor
            && DateTimeValues.TryReadJson(text, out var date, out var timeZone, out _)
            && date is { } stored)
        {
            return ValueConversion.Accept(this, source, FromStored(stored, timeZone, context), context, out converted, out reason);
        }

        return ValueConversion.Accept(this, source, text, context, out converted, out reason);
    }

    /// <summary>Checks the stored zone against the data type's configuration.</summary>
    protected virtual IEnumerable<ValidationError> ValidateTimeZone(string? timeZone, PropertyEditorContext context) => [];

    /// <summary>The stored JSON for a classic value, which has no offset: it is the time as the editor entered it.</summary>
    protected abstract string FromWallClock(DateTime wallClock, PropertyEditorContext context);

    /// <summary>The stored JSON for a value from another JSON date editor.</summary>
    protected abstract string FromStored(DateTimeOffset date, string? timeZone, PropertyEditorContext context);
}
