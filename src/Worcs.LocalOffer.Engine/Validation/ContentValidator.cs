using System.Text.RegularExpressions;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.Engine.Validation;

/// <summary>
/// Checks property values against a type: unknown aliases, each editor's own rules and, when publishing,
/// mandatory values and validation regexes, then the rules between properties (configured comparisons and the site's
/// <see cref="IContentRule"/>s). A value over its editor's size limit is refused without being parsed. Collects every
/// failure; it never stops at the first.
/// </summary>
internal sealed class ContentValidator(Schema.Schema schema, PropertyEditorCollection editors, ContentRules rules, ValueSizeLimits limits) : IElementValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public List<ValidationError> Validate(ContentType type, IReadOnlyDictionary<string, string?> values, string pathPrefix, ValidationMode mode, VariantScope scope = VariantScope.All)
    {
        var errors = new List<ValidationError>();
        var all = schema.PropertiesOf(type);
        var properties = PropertiesIn(type, all, scope);
        var known = all.ToDictionary(property => property.Alias, StringComparer.OrdinalIgnoreCase);
        var inScope = properties.Select(property => property.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in values.Keys.Where(alias => !inScope.Contains(alias)))
        {
            errors.Add(new ValidationError($"{pathPrefix}.{alias}", !known.ContainsKey(alias)
                ? $"The type '{type.Alias}' has no property '{alias}'."
                : scope == VariantScope.Culture
                    ? $"'{alias}' does not vary by culture: give its value once, not per culture."
                    : $"'{alias}' varies by culture: give its value in each culture."));
        }

        foreach (var property in properties)
        {
            errors.AddRange(ValidateProperty(property, values.GetValueOrDefault(property.Alias), $"{pathPrefix}.{property.Alias}", mode));
        }

        errors.AddRange(rules.Check(type, properties, values, EditorOf, pathPrefix, mode));
        return errors;
    }

    /// <summary>The type's properties that a set of values in <paramref name="scope"/> holds.</summary>
    public static IReadOnlyList<PropertyType> PropertiesIn(ContentType type, IReadOnlyList<PropertyType> properties, VariantScope scope) => scope switch
    {
        VariantScope.Invariant => [.. properties.Where(property => !type.VariesByCulture(property))],
        VariantScope.Culture => [.. properties.Where(property => type.VariesByCulture(property))],
        _ => properties,
    };

    public IEnumerable<ValidationError> ValidateElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode)
    {
        if (schema.FindType(elementTypeKey) is not { } elementType)
        {
            return [new ValidationError(path, $"The element type {elementTypeKey} does not exist.")];
        }

        return Validate(elementType, values, path, mode);
    }

    public IReadOnlyDictionary<string, string?> PrepareElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode) =>
        schema.FindType(elementTypeKey) is { } elementType
            ? StoredValues.Prepare(this, schema.PropertiesOf(elementType), values, mode, path)
            : new Dictionary<string, string?>();

    /// <summary>The editor context for a property, or null with an error when its data type or editor is missing.</summary>
    public PropertyEditorContext? ContextFor(PropertyType property, string path, ValidationMode mode, out IPropertyEditor? editor, out ValidationError? error)
    {
        editor = null;
        error = null;
        if (schema.FindDataType(property.DataTypeKey) is not { } dataType)
        {
            error = new ValidationError(path, $"The data type {property.DataTypeKey} of property '{property.Alias}' does not exist.");
            return null;
        }

        if (!editors.TryGet(dataType.EditorAlias, out editor))
        {
            error = new ValidationError(path, $"The property editor '{dataType.EditorAlias}' of data type '{dataType.Name}' is not installed.");
            return null;
        }

        return new PropertyEditorContext(path, dataType, schema.ConfigurationOf(dataType), mode, this);
    }

    private IPropertyEditor? EditorOf(PropertyType property) =>
        schema.FindDataType(property.DataTypeKey) is { } dataType && editors.TryGet(dataType.EditorAlias, out var editor) ? editor : null;

    private List<ValidationError> ValidateProperty(PropertyType property, string? value, string path, ValidationMode mode)
    {
        if (ContextFor(property, path, mode, out var editor, out var missing) is not { } context)
        {
            return [missing!];
        }

        if (!string.IsNullOrEmpty(value) && limits.Check(path, property.Name, editor!.Alias, value) is { } tooLarge)
        {
            return [tooLarge];
        }

        var errors = new List<ValidationError>();
        var empty = editor!.IsEmpty(value);
        if (mode == ValidationMode.Publish && property.Mandatory && empty)
        {
            errors.Add(new ValidationError(path, property.MandatoryMessage ?? $"'{property.Name}' is mandatory."));
        }

        if (mode == ValidationMode.Publish && !empty && !MatchesRegex(property, value!))
        {
            errors.Add(new ValidationError(path, property.ValidationRegexMessage ?? $"'{property.Name}' does not match the expected format."));
        }

        if (!empty)
        {
            errors.AddRange(editor.Validate(value, context));
        }

        return errors;
    }

    private static bool MatchesRegex(PropertyType property, string value)
    {
        if (string.IsNullOrEmpty(property.ValidationRegex))
        {
            return true;
        }

        try
        {
            return Regex.IsMatch(value, property.ValidationRegex, RegexOptions.None, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
