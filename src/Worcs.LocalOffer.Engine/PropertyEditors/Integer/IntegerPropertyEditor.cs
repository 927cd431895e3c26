using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Integer: an invariant whole number such as <c>42</c>, with optional <c>min</c>, <c>max</c> and <c>step</c>.</summary>
public sealed class IntegerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.Integer;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (NumberRules.TryParseInteger(value!, out var number) is { } problem)
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

        var text = value!.Trim();

        // A decimal such as "12.00" carries a whole number; "12.5" would lose its fraction, so it is refused.
        if (NumberRules.TryParseDecimal(text, out var number) is null)
        {
            if (number != decimal.Truncate(number))
            {
                return ValueConversion.Refuse(
                    $"{ValueText.Quote(text)} has decimal places, which {Alias} cannot hold; round it by hand first.",
                    out converted,
                    out reason);
            }

            if (number is >= int.MinValue and <= int.MaxValue)
            {
                text = ((int)number).ToString(CultureInfo.InvariantCulture);
            }
        }

        return ValueConversion.Accept(this, source, text, context, out converted, out reason);
    }
}
