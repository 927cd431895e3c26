using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Plain.Integer: an invariant whole number such as <c>42</c>, with no configuration.</summary>
public sealed class PlainIntegerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.PlainInteger;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        !IsEmpty(value) && NumberRules.TryParseInteger(value!.Trim(), out _) is { } problem
            ? [new ValidationError(context.Path, problem)]
            : [];
}
