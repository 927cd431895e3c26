namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>Fields every document in an index has, named as Examine names them.</summary>
public static class IndexFieldNames
{
    public const string Id = "__NodeId";
    public const string Category = "__IndexType";
    public const string ItemType = "__NodeTypeAlias";

    /// <summary>An unstemmed copy of all full text, for fuzzy matching and "did you mean". Indexed, not stored.</summary>
    public const string Spell = "__Spell";

    public const string SortPrefix = "__Sort_";
}
