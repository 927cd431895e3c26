using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>
/// Maps language files to engine languages and back. Languages are found by ISO code, never by key: uSync 17 writes a
/// key derived from the culture name (<see cref="KeyFor"/>), so every site gives a language the same file.
/// </summary>
public static class LanguageMapper
{
    public static Language ToEngine(SyncLanguage file) =>
        new()
        {
            IsoCode = LanguageRules.Normalise(file.IsoCode) ?? file.IsoCode,
            Name = string.IsNullOrWhiteSpace(file.Name) ? DisplayName(file.IsoCode) : file.Name,
            IsDefault = file.IsDefault,
            IsMandatory = file.IsMandatory,
            FallbackIsoCode = string.IsNullOrWhiteSpace(file.Fallback) ? null : LanguageRules.Normalise(file.Fallback) ?? file.Fallback,
        };

    /// <summary>The file for a stored language, as uSync 17 writes it: level 0, the ISO code as alias, the derived key.</summary>
    public static SyncLanguage ToSync(Language language, SyncLanguage? existing) =>
        new()
        {
            Key = KeyFor(language.IsoCode),
            Alias = language.IsoCode,
            Level = 0,
            Name = language.Name,
            IsoCode = language.IsoCode,
            IsMandatory = language.IsMandatory,
            IsDefault = language.IsDefault,
            Fallback = language.FallbackIsoCode,
            ExtraAttributes = existing?.ExtraAttributes ?? [],
            ExtraElements = existing?.ExtraElements ?? [],
        };

    public static List<string> Differences(Language stored, Language mapped)
    {
        var details = new List<string>();
        Diff.AddText(details, "name", stored.Name, mapped.Name);
        Diff.Add(details, "isDefault", stored.IsDefault, mapped.IsDefault);
        Diff.Add(details, "isMandatory", stored.IsMandatory, mapped.IsMandatory);
        Diff.AddText(details, "fallback", stored.FallbackIsoCode, mapped.FallbackIsoCode);
        return details;
    }

    /// <summary>
    /// uSync's key for a language: a 32-bit hash of the culture name (two interleaved djb2-style lanes over its
    /// characters) in the first four bytes of an otherwise empty GUID, e.g. <c>en-US</c> → <c>eec79294-0000-…</c>.
    /// </summary>
    public static Guid KeyFor(string isoCode)
    {
        var name = LanguageRules.Normalise(isoCode) ?? isoCode;
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, CultureNameHash(name));
        return new Guid(bytes);
    }

    private static int CultureNameHash(string text)
    {
        unchecked
        {
            int even = (5381 << 16) + 5381, odd = even;
            for (var i = 0; i < text.Length; i += 2)
            {
                even = ((even << 5) + even) ^ text[i];
                if (i + 1 < text.Length)
                {
                    odd = ((odd << 5) + odd) ^ text[i + 1];
                }
            }

            return even + (odd * 1566083941);
        }
    }

    private static string DisplayName(string isoCode)
    {
        var name = LanguageRules.Normalise(isoCode);
        return name is null ? isoCode : System.Globalization.CultureInfo.GetCultureInfo(name).EnglishName;
    }
}
