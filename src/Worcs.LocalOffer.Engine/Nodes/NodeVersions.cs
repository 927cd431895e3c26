namespace Worcs.LocalOffer.Engine.Nodes;

internal static class NodeVersions
{
    /// <summary>A deep copy, so that editing the copy's values never changes the version it came from.</summary>
    public static Dictionary<string, NodeCultureVariant> CopyCultures(IReadOnlyDictionary<string, NodeCultureVariant> cultures) =>
        cultures.ToDictionary(
            pair => pair.Key,
            pair => new NodeCultureVariant
            {
                Name = pair.Value.Name,
                UrlSegment = pair.Value.UrlSegment,
                Values = new Dictionary<string, string?>(pair.Value.Values, StringComparer.OrdinalIgnoreCase),
            },
            StringComparer.OrdinalIgnoreCase);
}
