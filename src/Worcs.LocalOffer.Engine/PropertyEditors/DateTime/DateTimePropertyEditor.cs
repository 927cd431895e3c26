using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.DateTime (the classic picker): <c>2019-08-01 00:00:00</c> or <c>2019-08-01T00:00:00</c>, optionally with
/// fractional seconds or without the time. The <c>format</c> and <c>offsetTime</c> settings only affect the backoffice UI.
/// </summary>
public sealed class DateTimePropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.DateTime;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value) || DateTimeValues.TryParseClassic(value!, out _))
        {
            return [];
        }

        return [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a valid date and time: expected \"yyyy-MM-dd HH:mm:ss\", like \"{DateTimeValues.ClassicExample}\".")];
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        var text = value!.Trim();

        // The JSON date editors keep the time as entered plus its offset; the classic picker keeps only the former.
        if (source is DateTimeJsonPropertyEditor
            && DateTimeValues.TryReadJson(text, out var date, out _, out _)
            && date is { } stored)
        {
            text = DateTimeValues.FormatClassic(stored.DateTime);
        }

        return ValueConversion.Accept(this, source, text, context, out converted, out reason);
    }
}
