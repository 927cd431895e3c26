namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>How one property of a type changes between two definitions, matched by the property's key.</summary>
internal sealed record PropertyChange(PropertyType? Before, PropertyType? After)
{
    public bool IsRemoved => Before is not null && After is null;

    public bool IsRenamed => Before is not null && After is not null && !string.Equals(Before.Alias, After.Alias, StringComparison.OrdinalIgnoreCase);

    public bool IsDataTypeChanged => Before is not null && After is not null && Before.DataTypeKey != After.DataTypeKey;

    /// <summary>The property changes between two flattened property lists that touch stored values.</summary>
    public static List<PropertyChange> Between(IReadOnlyList<PropertyType> before, IReadOnlyList<PropertyType> after)
    {
        var afterByKey = after.ToDictionary(property => property.Key);
        return [.. before
            .Select(property => new PropertyChange(property, afterByKey.GetValueOrDefault(property.Key)))
            .Where(change => change.IsRemoved || change.IsRenamed || change.IsDataTypeChanged)];
    }
}
