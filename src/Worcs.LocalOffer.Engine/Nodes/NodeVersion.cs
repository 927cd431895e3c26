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

    /// <summary>Stored values by property alias, in each editor's Umbraco storage format.</summary>
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public DateTime CreateDate { get; set; }

    /// <summary>True once this version has been published (now or in the past).</summary>
    public bool WasPublished { get; set; }

    public string? GetValue(string alias) => Values.TryGetValue(alias, out var value) ? value : null;
}
