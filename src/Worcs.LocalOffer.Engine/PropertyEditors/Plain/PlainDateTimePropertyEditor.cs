using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Plain.DateTime: a date and time as text, such as <c>2025-01-02 10:30:00</c> or ISO 8601.</summary>
public sealed class PlainDateTimePropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.PlainDateTime;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        IsEmpty(value) || LabelValueType.TryReadDateTime(value!, out _)
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a date and time: expected one like 2025-01-02 10:30:00 or 2025-01-02T10:30:00.")];
}
