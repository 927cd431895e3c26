using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Parsing and <c>min</c>/<c>max</c>/<c>step</c> checks shared by the Integer and Decimal editors.</summary>
internal static partial class NumberRules
{
    /// <summary>Parses an invariant decimal such as <c>1085665.00</c>; returns a message explaining the problem when it does not parse.</summary>
    public static string? TryParseDecimal(string value, out decimal number)
    {
        number = 0;
        if (!DecimalPattern().IsMatch(value))
        {
            return $"{ValueText.Quote(value)} is not a valid decimal number: {ExplainBadNumber(value)}, like 1085665.00.";
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            ? null
            : $"{ValueText.Quote(value)} is too large to store as a decimal number.";
    }

    /// <summary>Parses an invariant whole number such as <c>42</c>; returns a message explaining the problem when it does not parse.</summary>
    public static string? TryParseInteger(string value, out int number)
    {
        number = 0;
        if (IntegerPattern().IsMatch(value))
        {
            return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number)
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"{ValueText.Quote(value)} is outside the range of a whole number ({int.MinValue} to {int.MaxValue}).");
        }

        return DecimalPattern().IsMatch(value)
            ? $"{ValueText.Quote(value)} is not a whole number: remove the decimal point and any decimal places, like 42."
            : $"{ValueText.Quote(value)} is not a valid whole number: {ExplainBadNumber(value)}, like 42.";
    }

    /// <summary>Checks the data type's <c>min</c>, <c>max</c> and <c>step</c>; each may be missing.</summary>
    public static IEnumerable<string> CheckConfiguration(decimal number, string text, JsonObject configuration)
    {
        var min = JsonValues.GetDecimal(configuration, "min");
        var max = JsonValues.GetDecimal(configuration, "max");
        var step = JsonValues.GetDecimal(configuration, "step");
        if (min is { } lowest && number < lowest)
        {
            yield return $"{ValueText.Quote(text)} is below the minimum of {Format(lowest)}.";
        }

        if (max is { } highest && number > highest)
        {
            yield return $"{ValueText.Quote(text)} is above the maximum of {Format(highest)}.";
        }

        // As Umbraco does: steps count from the minimum, or from zero when there is none.
        if (step is > 0 and var size && (number - (min ?? 0)) % size != 0)
        {
            yield return $"{ValueText.Quote(text)} does not fit the step of {Format(size)}: values go up in steps of {Format(size)} from {Format(min ?? 0)}.";
        }
    }

    public static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static string ExplainBadNumber(string value)
    {
        if (value.Any(character => char.GetUnicodeCategory(character) == UnicodeCategory.CurrencySymbol))
        {
            var symbol = value.First(character => char.GetUnicodeCategory(character) == UnicodeCategory.CurrencySymbol);
            return $"remove the currency symbol '{symbol}' and write the number only";
        }

        if (value.Contains(','))
        {
            return "remove the thousands separators (',') and use '.' as the decimal point";
        }

        if (value.Any(char.IsWhiteSpace))
        {
            return "remove the spaces";
        }

        return "expected digits with an optional leading '-' and '.' as the decimal point";
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex("^-?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
