using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Plain.Json: any JSON value, stored as given.</summary>
public sealed class PlainJsonPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.PlainJson;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        IsEmpty(value) || JsonValues.TryParse(value!, out _, out var problem)
            ? []
            : [new ValidationError(context.Path, $"The value {problem}; expected JSON, like {{\"name\":\"value\"}}.")];
}
