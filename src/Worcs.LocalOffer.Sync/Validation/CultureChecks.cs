using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// The cultures of each document and media item, as the import reads them: every culture must be a language of the
/// folder or the site; a type that varies by culture needs a name per culture and values per culture for the properties
/// that vary; a type that does not cannot be named per culture; segments are refused. Culture values of an invariant
/// property give a warning: the default language's value is used, as uSync does.
/// </summary>
internal static class CultureChecks
{
    public static IEnumerable<SyncProblem> Check(FolderIndex index)
    {
        foreach (var (file, content, type) in index.TypedNodes())
        {
            var shape = index.ShapeOf(type);
            var named = content.Info.NodeName.Cultures.Select(name => name.Culture).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var problems = UnknownCultures(index, file, content)
                .Concat(shape.VariesByCulture ? VariantItem(file, content, type.Alias, shape, named) : InvariantItem(file, content, type.Alias, named))
                .Concat(content.Properties.SelectMany(property => PropertyValues(file, property, shape)));
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
    }

    /// <summary><c>Variations</c> of types and properties that name none of Umbraco's values.</summary>
    public static IEnumerable<SyncProblem> Variations(FolderIndex index)
    {
        foreach (var file in index.Live<SyncContentType>())
        {
            var type = (SyncContentType)file.Item;
            if (SyncVariations.Parse(type.Info.Variations) is null)
            {
                yield return Error(file, SourceLines.Of(file, "Info", "Variations"), $"Variations '{type.Info.Variations}' is not one of Nothing, Culture, Segment, CultureAndSegment");
            }

            foreach (var property in type.Properties.Where(property => SyncVariations.Parse(property.Variations) is null))
            {
                yield return Error(file, SourceLines.OfProperty(file, property.Alias, "Variations"), $"property '{property.Alias}': Variations '{property.Variations}' is not one of Nothing, Culture, Segment, CultureAndSegment");
            }
        }
    }

    private static IEnumerable<SyncProblem> UnknownCultures(FolderIndex index, SyncFile file, SyncContent content)
    {
        var used = content.Info.NodeName.Cultures.Select(name => (name.Culture, Line: SourceLines.Of(file, "Info", "NodeName")))
            .Concat((content.Info.Published?.Cultures ?? []).Select(published => (published.Culture, Line: SourceLines.Of(file, "Info", "Published"))))
            .Concat(content.Properties.SelectMany(property => property.Values.Where(value => !string.IsNullOrEmpty(value.Culture)).Select(value => (Culture: value.Culture!, Line: SourceLines.Of(file, "Properties", property.Alias)))));
        foreach (var group in used.GroupBy(entry => entry.Culture, StringComparer.OrdinalIgnoreCase).Where(group => !index.Languages.ContainsKey(group.Key)))
        {
            yield return new SyncProblem(
                SyncSeverity.Error,
                file.Path,
                group.First().Line,
                $"culture '{group.Key}' is not a language of the site: its file Languages/{group.Key.ToLowerInvariant()}.config is not in the folder");
        }
    }

    private static IEnumerable<SyncProblem> VariantItem(SyncFile file, SyncContent content, string typeAlias, ContentShape shape, HashSet<string> named)
    {
        if (named.Count == 0)
        {
            yield return Error(file, SourceLines.Of(file, "Info", "NodeName"), $"'{typeAlias}' varies by culture, but the item is named in no culture: give NodeName a Name per culture");
        }

        foreach (var published in (content.Info.Published?.Cultures ?? []).Where(published => published.Published && !named.Contains(published.Culture)))
        {
            yield return Error(file, SourceLines.Of(file, "Info", "Published"), $"culture '{published.Culture}' is marked published, but the item has no name in '{published.Culture}'");
        }

        foreach (var property in content.Properties.Where(property => shape.Varies(property.Alias)))
        {
            foreach (var value in property.Values.Where(value => !string.IsNullOrWhiteSpace(value.Value) && string.IsNullOrEmpty(value.Segment)))
            {
                if (string.IsNullOrEmpty(value.Culture))
                {
                    yield return Error(file, SourceLines.Of(file, "Properties", property.Alias), $"'{property.Alias}' varies by culture: its value without a Culture would not be imported; give it per culture");
                }
                else if (!named.Contains(value.Culture))
                {
                    yield return Error(file, SourceLines.Of(file, "Properties", property.Alias), $"'{property.Alias}' has a value in '{value.Culture}', but the item has no name in '{value.Culture}'");
                }
            }
        }
    }

    private static IEnumerable<SyncProblem> InvariantItem(SyncFile file, SyncContent content, string typeAlias, HashSet<string> named)
    {
        var published = (content.Info.Published?.Cultures ?? []).Select(culture => culture.Culture);
        var cultures = named.Concat(published).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (cultures.Count > 0)
        {
            yield return Error(file, SourceLines.Of(file, "Info", "NodeName"), $"'{typeAlias}' does not vary by culture, so the item cannot be named or published per culture ({string.Join(", ", cultures)}); give NodeName Default only");
        }
    }

    private static IEnumerable<SyncProblem> PropertyValues(SyncFile file, SyncProperty property, ContentShape shape)
    {
        var line = SourceLines.Of(file, "Properties", property.Alias);
        foreach (var value in property.Values.Where(value => !string.IsNullOrEmpty(value.Segment)))
        {
            yield return Error(file, line, $"'{property.Alias}' has a value for segment '{value.Segment}'; segments are not supported, only cultures");
        }

        var cultureValues = property.Values.Where(value => !string.IsNullOrEmpty(value.Culture) && !string.IsNullOrWhiteSpace(value.Value)).ToList();
        if (shape.Varies(property.Alias) || cultureValues.Count == 0)
        {
            yield break;
        }

        var used = shape.DefaultCulture is { } culture && cultureValues.Any(value => string.Equals(value.Culture, culture, StringComparison.OrdinalIgnoreCase))
            && string.IsNullOrWhiteSpace(property.Values.FirstOrDefault(value => string.IsNullOrEmpty(value.Culture) && string.IsNullOrEmpty(value.Segment))?.Value)
            ? $"its value in the default language '{culture}' is used"
            : "they are not imported";
        yield return new SyncProblem(SyncSeverity.Warning, file.Path, line, $"'{property.Alias}' does not vary by culture but has values in {string.Join(", ", cultureValues.Select(value => value.Culture))}: {used}");
    }

    private static SyncProblem Error(SyncFile file, int? line, string message) => new(SyncSeverity.Error, file.Path, line, message);
}
