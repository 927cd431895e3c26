namespace Worcs.LocalOffer.Search.Querying;

/// <summary>One hit: its id, score, and stored values by field.</summary>
public sealed record SearchResult(string Id, float Score, int DocId, IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public string? this[string field] => Values.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;
}
