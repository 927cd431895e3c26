namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>One culture of a culture-variant version: its name, URL segment and the values of the properties that vary by culture.</summary>
public sealed class NodeCultureVariant
{
    public string Name { get; set; } = "";

    public string UrlSegment { get; set; } = "";

    /// <summary>Stored values of the culture-variant properties, by alias.</summary>
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? GetValue(string alias) => Values.TryGetValue(alias, out var value) ? value : null;
}
