namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// One immutable saved state of a node: its name and property values. Saving writes a new version, so the
/// history is the list of versions and rollback copies an old one into a new draft.
/// </summary>
public sealed class NodeVersion
{
    public Guid Id { get; set; }

    public Guid NodeKey { get; set; }

    public string Name { get; set; } = "";

    public string UrlSegment { get; set; } = "";

    /// <summary>Stored values of the invariant properties by alias, in each editor's Umbraco storage format.</summary>
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A culture-variant node's cultures by ISO code (empty for invariant nodes). In a published version these are the
    /// published cultures: publishing some cultures writes a version that keeps the others' earlier published state.
    /// </summary>
    public Dictionary<string, NodeCultureVariant> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public DateTime CreateDate { get; set; }

    /// <summary>True once this version has been published (now or in the past).</summary>
    public bool WasPublished { get; set; }

    public string? GetValue(string alias) => Values.TryGetValue(alias, out var value) ? value : null;

    /// <summary>The value of a property in a culture: the culture's own value when it has one, else the invariant value.</summary>
    public string? GetValue(string alias, string? culture) =>
        culture is not null && Cultures.TryGetValue(culture, out var variant) && variant.Values.TryGetValue(alias, out var value) ? value : GetValue(alias);
}
