namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>
/// What is indexed for one item: its id, its category (<c>content</c> or <c>media</c>), its item type (the content
/// type alias) and multi-valued fields. Values are strings, numbers or <see cref="DateTime"/>s.
/// </summary>
public sealed class ValueSet(string id, string category, string itemType, IDictionary<string, List<object>> values)
{
    public string Id { get; } = id;

    public string Category { get; } = category;

    public string ItemType { get; } = itemType;

    public IDictionary<string, List<object>> Values { get; } = values;

    public ValueSet(string id, string category, string itemType)
        : this(id, category, itemType, new Dictionary<string, List<object>>(StringComparer.Ordinal))
    {
    }

    /// <summary>Adds a value; null and empty strings are skipped.</summary>
    public ValueSet Add(string field, object? value)
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
        {
            return this;
        }

        if (!Values.TryGetValue(field, out var list))
        {
            list = [];
            Values[field] = list;
        }

        list.Add(value);
        return this;
    }

    public IReadOnlyList<object> Get(string field) => Values.TryGetValue(field, out var list) ? list : [];
}
