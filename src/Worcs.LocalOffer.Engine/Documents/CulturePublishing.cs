using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Documents;

/// <summary>
/// Which cultures a culture-variant document's published version holds. Publishing some cultures takes them from the
/// draft and keeps the others as they were published; mandatory languages must end up published.
/// </summary>
internal static class CulturePublishing
{
    /// <summary>The cultures to publish from the draft (all of the draft's when none are named), or errors.</summary>
    public static List<ValidationError> CheckRequested(Node node, NodeVersion draft, IReadOnlyCollection<string>? requested, IReadOnlyList<Language> languages, out List<string> cultures)
    {
        var errors = new List<ValidationError>();
        cultures = [];
        foreach (var culture in requested ?? [.. draft.Cultures.Keys])
        {
            if (CultureDrafts.Find(languages, culture) is not { } language)
            {
                errors.Add(new ValidationError($"cultures.{culture}", $"There is no language '{culture}'."));
            }
            else if (!draft.Cultures.ContainsKey(language.IsoCode))
            {
                errors.Add(new ValidationError($"cultures.{language.IsoCode}", $"'{node.Name}' has no {language.Name} version to publish: give it a name in {language.Name} first."));
            }
            else if (!cultures.Contains(language.IsoCode, StringComparer.OrdinalIgnoreCase))
            {
                cultures.Add(language.IsoCode);
            }
        }

        if (errors.Count == 0 && cultures.Count == 0)
        {
            errors.Add(new ValidationError("cultures", $"'{node.Name}' has no culture to publish: give it a name in at least one language."));
        }

        return errors;
    }

    /// <summary>The published cultures after publishing <paramref name="cultures"/>: those from the draft, and the rest as they were.</summary>
    public static Dictionary<string, NodeCultureVariant> Merge(NodeVersion draft, NodeVersion? published, IReadOnlyCollection<string> cultures, IReadOnlyList<Language> languages)
    {
        var merged = NodeVersions.CopyCultures(draft.Cultures.Where(pair => cultures.Contains(pair.Key, StringComparer.OrdinalIgnoreCase)).ToDictionary());
        foreach (var (culture, variant) in NodeVersions.CopyCultures(published?.Cultures ?? []))
        {
            if (CultureDrafts.Find(languages, culture) is not null)
            {
                merged.TryAdd(culture, variant);
            }
        }

        return merged;
    }

    /// <summary>An error for each mandatory language the published version would lack.</summary>
    public static IEnumerable<ValidationError> MissingMandatory(Node node, IReadOnlyDictionary<string, NodeCultureVariant> published, IReadOnlyList<Language> languages) =>
        languages.Where(language => language.IsMandatory && !published.ContainsKey(language.IsoCode))
            .Select(language => new ValidationError($"cultures.{language.IsoCode}", $"{language.Name} is a mandatory language: '{node.Name}' cannot be published without it."));

    /// <summary>True when the draft itself can be the published version: it holds exactly the cultures that will be published.</summary>
    public static bool IsWholeDraft(NodeVersion draft, IReadOnlyDictionary<string, NodeCultureVariant> published) =>
        draft.Cultures.Count == published.Count && draft.Cultures.Keys.All(published.ContainsKey)
        && draft.Cultures.All(pair => SameVariant(pair.Value, published[pair.Key]));

    private static bool SameVariant(NodeCultureVariant left, NodeCultureVariant right) =>
        left.Name == right.Name && left.UrlSegment == right.UrlSegment && left.Values.Count == right.Values.Count
        && left.Values.All(pair => right.Values.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
