using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Engine.Validation.Rules;

/// <summary>
/// The values of one item being validated, as an <see cref="IContentRule"/> reads them. On a type that varies by
/// culture the engine checks the invariant values and each culture's values apart, so an item holds the properties of
/// one of those sets: a rule between an invariant property and a culture-variant one sees them in different items.
/// </summary>
public sealed class ContentRuleItem
{
    private readonly IReadOnlyList<PropertyType> _properties;
    private readonly IReadOnlyDictionary<string, string?> _values;
    private readonly Func<PropertyType, IPropertyEditor?> _editorOf;
    private readonly string _pathPrefix;

    internal ContentRuleItem(
        ContentType type,
        IReadOnlyList<PropertyType> properties,
        IReadOnlyDictionary<string, string?> values,
        Func<PropertyType, IPropertyEditor?> editorOf,
        string pathPrefix,
        ValidationMode mode)
    {
        ContentType = type.Alias;
        _properties = properties;
        _values = values;
        _editorOf = editorOf;
        _pathPrefix = pathPrefix;
        Mode = mode;
    }

    /// <summary>The alias of the item's type.</summary>
    public string ContentType { get; }

    /// <summary>Saving a draft or publishing: a rule that only binds published content checks <see cref="ValidationMode.Publish"/>.</summary>
    public ValidationMode Mode { get; }

    /// <summary>The stored value of a property, or null when it has none or the type has no such property.</summary>
    public string? Value(string alias) =>
        Find(alias) is { } property ? _values.GetValueOrDefault(property.Alias) : null;

    /// <summary>Whether a property is empty as its editor sees it (an empty picker is <c>[]</c>); true when the type has no such property.</summary>
    public bool IsEmpty(string alias)
    {
        if (Find(alias) is not { } property)
        {
            return true;
        }

        var value = _values.GetValueOrDefault(property.Alias);
        return _editorOf(property) is { } editor ? editor.IsEmpty(value) : string.IsNullOrWhiteSpace(value);
    }

    /// <summary>Whether the property is among those being checked (the type has it, in this set of values).</summary>
    public bool Has(string alias) => Find(alias) is not null;

    /// <summary>Where an error about a property is reported, such as <c>properties.imageAltText</c> or a path inside a block.</summary>
    public string PathOf(string alias) => $"{_pathPrefix}.{Find(alias)?.Alias ?? alias}";

    private PropertyType? Find(string alias) =>
        _properties.FirstOrDefault(property => string.Equals(property.Alias, alias, StringComparison.OrdinalIgnoreCase));
}
