namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>How a type or property varies, with Umbraco's names (uSync writes them as they are).</summary>
public enum ContentVariation
{
    Nothing,
    Culture,
    Segment,
    CultureAndSegment,
}

public static class ContentVariations
{
    public static bool VariesByCulture(this ContentVariation variation) => variation is ContentVariation.Culture or ContentVariation.CultureAndSegment;

    public static bool VariesBySegment(this ContentVariation variation) => variation is ContentVariation.Segment or ContentVariation.CultureAndSegment;

    public static bool VariesByCulture(this ContentType type) => type.Variations.VariesByCulture();

    /// <summary>True when each culture has its own value: the property and its type both vary by culture.</summary>
    public static bool VariesByCulture(this ContentType type, PropertyType property) => type.VariesByCulture() && property.Variations.VariesByCulture();
}

/// <summary>Which of a type's properties a set of values holds.</summary>
public enum VariantScope
{
    /// <summary>Every property (element types, and invariant types).</summary>
    All,

    /// <summary>The properties that do not vary by culture.</summary>
    Invariant,

    /// <summary>The properties that vary by culture.</summary>
    Culture,
}
