using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.Slider: an invariant number such as <c>5</c>, or with <c>enableRange</c> a range <c>5,10</c>, checked
/// against <c>minVal</c>, <c>maxVal</c> (0 means no maximum), <c>step</c> (counted from <c>minVal</c>) and <c>minimumRange</c>.
/// </summary>
public sealed class SliderPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.Slider;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var text = value!.Trim();
        if (!TryRead(text, out var from, out var to))
        {
            return [new ValidationError(context.Path, $"{ValueText.Quote(text)} is not a slider value: expected a number like 5, or a range like 5,10.")];
        }

        return Check(text, from, to, context.Configuration).Select(message => new ValidationError(context.Path, message)).ToList();
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        var text = value!.Trim();
        if (!ValueConversion.IsScalar(source) || !TryRead(text, out var from, out var to))
        {
            return ValueConversion.Refuse($"the value stored by {source.Alias}, {ValueText.Quote(text)}, is not a number a slider can hold.", out converted, out reason);
        }

        // A range becomes one number when both ends agree, as Umbraco writes it.
        var candidate = from == to ? NumberRules.Format(from) : $"{NumberRules.Format(from)},{NumberRules.Format(to)}";
        return ValueConversion.Accept(this, source, candidate, context, out converted, out reason);
    }

    /// <summary>Reads <c>5</c> or <c>5,10</c>; a single number is a range from and to itself.</summary>
    public static bool TryRead(string text, out decimal from, out decimal to)
    {
        to = 0;
        var parts = text.Split(',');
        if (parts.Length is not (1 or 2) || NumberRules.TryParseDecimal(parts[0].Trim(), out from) is not null)
        {
            from = 0;
            return false;
        }

        if (parts.Length == 1)
        {
            to = from;
            return true;
        }

        return NumberRules.TryParseDecimal(parts[1].Trim(), out to) is null;
    }

    private static IEnumerable<string> Check(string text, decimal from, decimal to, JsonObject configuration)
    {
        var range = JsonValues.GetBool(configuration, "enableRange", false);
        var min = JsonValues.GetDecimal(configuration, "minVal") ?? 0;
        var max = JsonValues.GetDecimal(configuration, "maxVal") ?? 0;
        var step = JsonValues.GetDecimal(configuration, "step") ?? 0;
        var minimumRange = Math.Max(JsonValues.GetDecimal(configuration, "minimumRange") ?? 0, 0);
        if (!range && from != to)
        {
            yield return $"{ValueText.Quote(text)} is a range, but this data type holds one number (enableRange is off).";
        }

        if (range && to < from)
        {
            yield return $"{ValueText.Quote(text)} is not a valid range: the end is below the start.";
        }
        else if (range && to - from < minimumRange)
        {
            yield return $"{ValueText.Quote(text)} spans {NumberRules.Format(to - from)}, less than the minimum range of {NumberRules.Format(minimumRange)}.";
        }

        if (from < min)
        {
            yield return $"{ValueText.Quote(text)} is below the minimum of {NumberRules.Format(min)}.";
        }

        if (max != 0 && to > max)
        {
            yield return $"{ValueText.Quote(text)} is above the maximum of {NumberRules.Format(max)}.";
        }

        if (step > 0 && ((from - min) % step != 0 || (to - min) % step != 0))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{ValueText.Quote(text)} does not fit the step of {NumberRules.Format(step)}: values go up in steps of {NumberRules.Format(step)} from {NumberRules.Format(min)}.");
        }
    }
}
