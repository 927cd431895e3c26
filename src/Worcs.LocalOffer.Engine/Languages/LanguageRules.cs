using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Languages;

/// <summary>What makes a set of languages valid: known cultures, unique codes, one default, fallbacks that exist and do not loop.</summary>
public static class LanguageRules
{
    /// <summary>The culture's name in .NET's casing (<c>en-gb</c> gives <c>en-GB</c>), or null when .NET does not know it.</summary>
    public static string? Normalise(string? isoCode)
    {
        if (string.IsNullOrWhiteSpace(isoCode))
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(isoCode.Trim(), predefinedOnly: true);
            return culture.Name.Length == 0 ? null : culture.Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Errors in <paramref name="language"/> saved over <paramref name="others"/> (every other language).</summary>
    public static List<ValidationError> Validate(Language language, IReadOnlyList<Language> others)
    {
        var errors = new List<ValidationError>();
        if (Normalise(language.IsoCode) is null)
        {
            errors.Add(new ValidationError("isoCode", $"'{language.IsoCode}' is not a culture this server knows (expected a code such as en-GB or cy)."));
        }

        if (string.IsNullOrWhiteSpace(language.Name))
        {
            errors.Add(new ValidationError("name", "A name is required."));
        }

        if (language.FallbackIsoCode is { } fallback)
        {
            errors.AddRange(FallbackErrors(language, fallback, others));
        }

        if (!language.IsDefault && !others.Any(other => other.IsDefault))
        {
            errors.Add(new ValidationError("isDefault", $"'{language.IsoCode}' must be the default language: there is no other."));
        }

        return errors;
    }

    private static IEnumerable<ValidationError> FallbackErrors(Language language, string fallback, IReadOnlyList<Language> others)
    {
        if (string.Equals(fallback, language.IsoCode, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationError("fallbackIsoCode", $"'{language.IsoCode}' cannot fall back to itself.");
            yield break;
        }

        var byCode = others.ToDictionary(other => other.IsoCode, StringComparer.OrdinalIgnoreCase);
        if (!byCode.ContainsKey(fallback))
        {
            yield return new ValidationError("fallbackIsoCode", $"The fallback language '{fallback}' does not exist.");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { language.IsoCode };
        for (var next = fallback; next is not null; next = byCode.GetValueOrDefault(next)?.FallbackIsoCode)
        {
            if (!seen.Add(next))
            {
                yield return new ValidationError("fallbackIsoCode", $"Falling back from '{language.IsoCode}' to '{fallback}' makes a loop ({string.Join(" → ", seen)} → {next}).");
                yield break;
            }
        }
    }
}
