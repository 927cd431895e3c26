using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Plain.Time: a time of day as text, such as <c>10:30:00</c> (a date-time keeps only its time).</summary>
public sealed class PlainTimePropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.PlainTime;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        IsEmpty(value) || LabelValueType.TryReadTime(value!, out _)
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a time: expected one like 10:30:00.")];
}
