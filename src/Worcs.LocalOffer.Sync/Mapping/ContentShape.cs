using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>
/// How a type's items split between invariant values and cultures: whether the type varies by culture, which of its
/// properties (compositions included) do, and the default language, whose culture values stand in for an invariant
/// property's value as uSync reads them.
/// </summary>
public sealed record ContentShape(bool VariesByCulture, IReadOnlySet<string> VariantAliases, string? DefaultCulture)
{
    /// <summary>A type that does not vary by culture.</summary>
    public static ContentShape Invariant(string? defaultCulture) => new(false, new HashSet<string>(), defaultCulture);

    public static ContentShape For(ContentType type, IEnumerable<PropertyType> properties, string? defaultCulture) =>
        new(
            type.VariesByCulture(),
            properties.Where(type.VariesByCulture).Select(property => property.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase),
            defaultCulture);

    /// <summary>True when the property has a value per culture.</summary>
    public bool Varies(string alias) => VariesByCulture && VariantAliases.Contains(alias);
}
