namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// A parsed <c>expand</c> or <c>fields</c> value such as <c>properties[$all]</c> or <c>properties[a,b[properties[c]]]</c>:
/// which properties it names and, for each, the selection that applies one level further in.
/// </summary>
public sealed class PropertySelection
{
    private readonly Dictionary<string, PropertySelection> _named;

    public PropertySelection(bool all, PropertySelection? allNested, Dictionary<string, PropertySelection> named)
    {
        All = all;
        AllNested = allNested;
        _named = named;
    }

    /// <summary>Selects nothing: the default for <c>expand</c>.</summary>
    public static PropertySelection None { get; } = new(false, null, new(StringComparer.OrdinalIgnoreCase));

    /// <summary>Selects every property at every level: the default for <c>fields</c>.</summary>
    public static PropertySelection Everything { get; } = CreateEverything();

    public bool All { get; }

    public PropertySelection? AllNested { get; }

    public bool IsNone => !All && _named.Count == 0;

    public bool Includes(string alias) => All || _named.ContainsKey(alias);

    /// <summary>The selection for the item or block a property holds.</summary>
    public PropertySelection NestedFor(string alias) =>
        _named.TryGetValue(alias, out var nested) ? nested : AllNested ?? (ReferenceEquals(this, Everything) ? Everything : None);

    private static PropertySelection CreateEverything() => new(true, null, new(StringComparer.OrdinalIgnoreCase));
}
