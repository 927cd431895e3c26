using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Decimal: an invariant decimal such as <c>1085665.00</c>, with optional <c>min</c>, <c>max</c> and <c>step</c>.</summary>
public sealed class DecimalPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.Decimal;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (NumberRules.TryParseDecimal(value!, out var number) is { } problem)
        {
            return [new ValidationError(context.Path, problem)];
        }

        return NumberRules.CheckConfiguration(number, value!, context.Configuration)
            .Select(message => new ValidationError(context.Path, message))
            .ToList();
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        // Text typed into a text box may carry stray spaces; an integer is already a valid decimal.
        return ValueConversion.Accept(this, source, value!.Trim(), context, out converted, out reason);
    }
}
