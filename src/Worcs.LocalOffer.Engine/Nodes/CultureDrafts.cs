using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Validation;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// Checks and prepares the cultures of a culture-variant draft: each must be a language, have a name, and hold values
/// only for the properties that vary by culture. Each culture gets a URL segment no sibling has in that culture.
/// </summary>
internal static class CultureDrafts
{
    public static async Task<PreparedCultures> PrepareAsync(
        IUnitOfWork unitOfWork,
        Node node,
        ContentType type,
        IReadOnlyList<PropertyType> properties,
        ContentValidator validator,
        IReadOnlyDictionary<string, CultureVariantRequest>? cultures,
        ValidationMode mode,
        List<ValidationError> errors,
        CancellationToken cancellationToken)
    {
        var prepared = new Dictionary<string, NodeCultureVariant>(StringComparer.OrdinalIgnoreCase);
        if (cultures is not { Count: > 0 })
        {
            return new PreparedCultures(prepared, null);
        }

        if (!type.VariesByCulture())
        {
            errors.Add(new ValidationError("cultures", $"The type '{type.Alias}' does not vary by culture: give one name and the values without cultures."));
            return new PreparedCultures(prepared, null);
        }

        var languages = await unitOfWork.Languages.GetAllAsync(cancellationToken);
        var variantProperties = ContentValidator.PropertiesIn(type, properties, VariantScope.Culture);
        foreach (var (culture, request) in cultures)
        {
            var path = $"cultures.{culture}";
            if (Find(languages, culture) is not { } language)
            {
                errors.Add(new ValidationError(path, $"There is no language '{culture}'; add the language before writing content in it."));
                continue;
            }

            if (prepared.ContainsKey(language.IsoCode))
            {
                errors.Add(new ValidationError(path, $"The culture '{language.IsoCode}' is given more than once."));
                continue;
            }

            errors.AddRange(NodeWriter.NameErrors(request.Name).Select(error => error with { Path = $"{path}.name" }));
            var values = request.Values ?? new Dictionary<string, string?>();
            errors.AddRange(validator.Validate(type, values, $"{path}.properties", mode, VariantScope.Culture));
            prepared[language.IsoCode] = new NodeCultureVariant
            {
                Name = request.Name.Trim(),
                Values = StoredValues.Prepare(validator, variantProperties, values, mode, $"{path}.properties"),
            };
        }

        if (errors.Count == 0)
        {
            await AssignUrlSegmentsAsync(unitOfWork, node, prepared, cancellationToken);
        }

        var defaultName = languages.FirstOrDefault(language => language.IsDefault) is { } fallback && prepared.TryGetValue(fallback.IsoCode, out var variant)
            ? variant.Name
            : null;
        return new PreparedCultures(prepared, defaultName);
    }

    public static Language? Find(IReadOnlyList<Language> languages, string culture) =>
        languages.FirstOrDefault(language => string.Equals(language.IsoCode, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gives each culture the first URL segment for its name that no sibling has in that culture.</summary>
    public static async Task AssignUrlSegmentsAsync(IUnitOfWork unitOfWork, Node node, Dictionary<string, NodeCultureVariant> cultures, CancellationToken cancellationToken)
    {
        var siblings = (await unitOfWork.Nodes.GetChildrenAsync(node.Kind, node.ParentKey, cancellationToken)).Where(sibling => sibling.Key != node.Key).ToList();
        var drafts = await unitOfWork.Versions.GetManyAsync([.. siblings.Select(sibling => sibling.DraftVersionId)], cancellationToken);
        foreach (var (culture, variant) in cultures)
        {
            var taken = drafts.Select(draft => draft.Cultures.GetValueOrDefault(culture)?.UrlSegment).OfType<string>().ToList();
            variant.UrlSegment = UrlSegments.FirstFree(UrlSegments.BaseFor(variant.Name, node.Key), taken);
        }
    }
}
