using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>A document, media or element type with its compositions flattened.</summary>
public sealed class CachedType
{
    public CachedType(Guid key, ContentTypeKind kind, string alias, bool isElement, IReadOnlyList<CachedProperty> properties, bool variesByCulture = false)
    {
        Key = key;
        VariesByCulture = variesByCulture;
        Kind = kind;
        Alias = alias;
        IsElement = isElement;
        Properties = properties;
        ByAlias = properties.ToDictionary(property => property.Alias, StringComparer.OrdinalIgnoreCase);
    }

    public Guid Key { get; }

    public ContentTypeKind Kind { get; }

    public string Alias { get; }

    public bool IsElement { get; }

    /// <summary>True when each language has its own name, URL segment and culture-variant values.</summary>
    public bool VariesByCulture { get; }

    public IReadOnlyList<CachedProperty> Properties { get; }

    public IReadOnlyDictionary<string, CachedProperty> ByAlias { get; }
}
