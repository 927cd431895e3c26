using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>
/// Checks the rules between properties of a type: the configured comparisons, then the site's <see cref="IContentRule"/>s.
/// </summary>
public sealed class ContentRules
{
    private readonly ILookup<string, PropertyComparisonRule> _byType;
    private readonly ILookup<string, IContentRule> _siteRules;

    public ContentRules(IOptions<ContentRulesSettings> settings, IEnumerable<IContentRule> siteRules)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(siteRules);
        _byType = settings.Value.Comparisons.ToLookup(rule => rule.ContentType, StringComparer.OrdinalIgnoreCase);
        _siteRules = siteRules.ToLookup(rule => rule.ContentType, StringComparer.OrdinalIgnoreCase);
    }

    internal IEnumerable<ValidationError> Check(
        ContentType type,
        IReadOnlyList<PropertyType> properties,
        IReadOnlyDictionary<string, string?> values,
        Func<PropertyType, IPropertyEditor?> editorOf,
        string pathPrefix,
        ValidationMode mode)
    {
        var errors = Compare(type, properties, values, editorOf, pathPrefix).ToList();
        if (_siteRules[type.Alias].Any())
        {
            var item = new ContentRuleItem(type, properties, values, editorOf, pathPrefix, mode);
            errors.AddRange(_siteRules[type.Alias].SelectMany(rule => rule.Check(item)));
        }

        return errors;
    }

    private IEnumerable<ValidationError> Compare(
        ContentType type,
        IReadOnlyList<PropertyType> properties,
        IReadOnlyDictionary<string, string?> values,
        Func<PropertyType, IPropertyEditor?> editorOf,
        string pathPrefix)
    {
        foreach (var rule in _byType[type.Alias])
        {
            var left = properties.FirstOrDefault(property => string.Equals(property.Alias, rule.Property, StringComparison.OrdinalIgnoreCase));
            var right = properties.FirstOrDefault(property => string.Equals(property.Alias, rule.OtherProperty, StringComparison.OrdinalIgnoreCase));
            if (left is null || right is null
                || Read(left, values, editorOf) is not { } leftValue
                || Read(right, values, editorOf) is not { } rightValue
                || leftValue.GetType() != rightValue.GetType())
            {
                continue;
            }

            if (!ComparisonOperators.Holds(rule.Operator, leftValue.CompareTo(rightValue)))
            {
                yield return new ValidationError(
                    $"{pathPrefix}.{left.Alias}",
                    rule.Message ?? $"'{left.Name}' must be {ComparisonOperators.Words(rule.Operator)} '{right.Name}'.");
            }
        }
    }

    private static IComparable? Read(PropertyType property, IReadOnlyDictionary<string, string?> values, Func<PropertyType, IPropertyEditor?> editorOf) =>
        values.GetValueOrDefault(property.Alias) is { } value && editorOf(property) is { } editor && !editor.IsEmpty(value)
            ? ComparableValues.Read(editor, value)
            : null;
}
