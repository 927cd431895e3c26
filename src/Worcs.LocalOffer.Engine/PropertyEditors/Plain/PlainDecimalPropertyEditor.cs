using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Plain.Decimal: an invariant decimal number such as <c>12.50</c>, with no configuration.</summary>
public sealed class PlainDecimalPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.PlainDecimal;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        !IsEmpty(value) && NumberRules.TryParseDecimal(value!.Trim(), out _) is { } problem
            ? [new ValidationError(context.Path, problem)]
            : [];
}
