namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>How a field's values are analysed, stored and queried.</summary>
public enum FieldType
{
    /// <summary>Analysed English text (stemmed, stop words removed, SEND synonyms added); stored.</summary>
    FullText,

    /// <summary>As <see cref="FullText"/>, plus a lower-cased copy of the first value for sorting.</summary>
    FullTextSortable,

    /// <summary>An exact keyword, not analysed; stored and countable as a facet.</summary>
    Raw,

    /// <summary>A 32-bit integer: range-queryable, sortable (first value) and countable as a facet.</summary>
    Int,

    /// <summary>A 64-bit integer: range-queryable and sortable (first value).</summary>
    Long,

    /// <summary>A UTC date and time kept as ticks: range-queryable and sortable (first value).</summary>
    DateTime,
}
