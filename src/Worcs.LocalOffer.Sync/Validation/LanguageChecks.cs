using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// Language files checked with the engine's language rules over the site's languages: a culture .NET knows, a name,
/// one default, fallbacks that exist and do not loop, each ISO code once.
/// </summary>
internal static class LanguageChecks
{
    public static IEnumerable<SyncProblem> Check(FolderIndex index)
    {
        var files = index.Live<SyncLanguage>().Select(file => (File: file, Language: LanguageMapper.ToEngine((SyncLanguage)file.Item))).ToList();
        var defaults = files.Where(entry => entry.Language.IsDefault).ToList();
        foreach (var (file, language) in files)
        {
            if (files.Count(other => string.Equals(other.Language.IsoCode, language.IsoCode, StringComparison.OrdinalIgnoreCase)) > 1)
            {
                yield return Error(file, "IsoCode", $"language '{language.IsoCode}' has more than one file in Languages");
            }

            if (language.IsDefault && defaults.Count > 1)
            {
                yield return Error(file, "IsDefault", $"language '{language.IsoCode}' is one of {defaults.Count} default languages ({string.Join(", ", defaults.Select(entry => entry.Language.IsoCode))}); a site has one");
            }

            var others = index.Languages.Values.Where(other => !string.Equals(other.IsoCode, language.IsoCode, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var error in LanguageRules.Validate(language, others))
            {
                yield return Error(file, error.Path switch
                {
                    "isoCode" => "IsoCode",
                    "name" => "Name",
                    "fallbackIsoCode" => "Fallback",
                    _ => "IsDefault",
                }, error.ToString());
            }
        }
    }

    private static SyncProblem Error(SyncFile file, string element, string message) =>
        new(SyncSeverity.Error, file.Path, SourceLines.Of(file, element), message);
}
