using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>
/// The culture side of a document file: <c>NodeName/Name[@Culture]</c>, <c>Value[@Culture]</c> and
/// <c>Published/Published[@Culture]</c>, mapped to the engine's cultures and compared with what is stored.
/// </summary>
public static class ContentCultureMapper
{
    /// <summary>
    /// The values of the properties that do not vary, by alias: each one's value without a culture or, when that is
    /// missing or blank, its value in the default language (uSync reads culture values of an invariant property so).
    /// </summary>
    public static Dictionary<string, string?> InvariantValues(SyncContent file, ContentShape shape)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in file.Properties.Where(property => !shape.Varies(property.Alias)))
        {
            var invariant = property.Values.FirstOrDefault(value => IsCulture(value, null))?.Value;
            var fallback = shape.DefaultCulture is { } culture ? property.Values.FirstOrDefault(value => IsCulture(value, culture))?.Value : null;
            values[property.Alias] = string.IsNullOrWhiteSpace(invariant) && fallback is not null ? fallback : invariant;
        }

        return values;
    }

    /// <summary>Each culture the file names, with its name and the values of the properties that vary; null for a type that does not vary.</summary>
    public static Dictionary<string, CultureVariantRequest>? Cultures(SyncContent file, ContentShape shape)
    {
        if (!shape.VariesByCulture)
        {
            return null;
        }

        var cultures = new Dictionary<string, CultureVariantRequest>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in file.Info.NodeName.Cultures)
        {
            var values = file.Properties.Where(property => shape.Varies(property.Alias))
                .ToDictionary(property => property.Alias, property => property.Values.FirstOrDefault(value => IsCulture(value, name.Culture))?.Value, StringComparer.OrdinalIgnoreCase);
            cultures[name.Culture] = new CultureVariantRequest(name.Value, values);
        }

        return cultures;
    }

    /// <summary>The cultures <c>Published</c> marks true, and those it marks false.</summary>
    public static (List<string> Publish, List<string> Unpublish) PublishedCultures(SyncContent file)
    {
        var cultures = file.Info.Published?.Cultures ?? [];
        return ([.. cultures.Where(culture => culture.Published).Select(culture => culture.Culture)],
            [.. cultures.Where(culture => !culture.Published).Select(culture => culture.Culture)]);
    }

    /// <summary>
    /// What differs in the cultures: names, culture values, and (when <paramref name="publish"/> is true) which cultures
    /// are to be published (<c>publish {culture}</c>: not published, or published from another draft) or unpublished.
    /// </summary>
    public static void AddDifferences(List<string> details, NodeSnapshot stored, SyncContent file, ContentShape shape, bool? publish)
    {
        var cultures = Cultures(file, shape) ?? [];
        foreach (var culture in cultures.Keys.Union(stored.Draft.Cultures.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            var given = cultures.GetValueOrDefault(culture);
            var held = stored.Draft.Cultures.GetValueOrDefault(culture);
            if (given is null || held is null)
            {
                details.Add(given is null ? $"name '{culture}' removed" : $"name '{culture}' added: '{given.Name}'");
                continue;
            }

            Diff.AddText(details, $"name '{culture}'", held.Name, given.Name.Trim());
            foreach (var alias in shape.VariantAliases.Where(alias => !ContentMapper.SameValue(held.GetValue(alias), given.Values?.GetValueOrDefault(alias))).Order(StringComparer.OrdinalIgnoreCase))
            {
                details.Add($"value '{alias}' ({culture}) changed");
            }
        }

        if (publish is not true)
        {
            return;
        }

        var (toPublish, toUnpublish) = PublishedCultures(file);
        var published = stored.Node.IsPublished ? stored.Published?.Cultures ?? [] : [];
        var draftIsPublished = stored.Published is { } publishedVersion && SameInvariantValues(stored.Draft, publishedVersion);
        foreach (var culture in toPublish.Where(culture => !published.TryGetValue(culture, out var live) || !draftIsPublished || !SameCulture(stored.Draft.Cultures.GetValueOrDefault(culture), live)))
        {
            details.Add($"publish {culture}");
        }

        details.AddRange(toUnpublish.Where(published.ContainsKey).Select(culture => $"unpublish {culture}"));
    }

    private static bool IsCulture(SyncPropertyValue value, string? culture) =>
        string.IsNullOrEmpty(value.Segment) && (culture is null ? string.IsNullOrEmpty(value.Culture) : string.Equals(value.Culture, culture, StringComparison.OrdinalIgnoreCase));

    private static bool SameInvariantValues(NodeVersion draft, NodeVersion published) =>
        draft.Values.Keys.Union(published.Values.Keys, StringComparer.OrdinalIgnoreCase).All(alias => ContentMapper.SameValue(draft.GetValue(alias), published.GetValue(alias)));

    private static bool SameCulture(NodeCultureVariant? draft, NodeCultureVariant published) =>
        draft is not null && draft.Name == published.Name
        && draft.Values.Keys.Union(published.Values.Keys, StringComparer.OrdinalIgnoreCase).All(alias => ContentMapper.SameValue(draft.GetValue(alias), published.GetValue(alias)));
}
