using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Querying;

/// <summary>An index's searcher, Examine-style: <c>CreateQuery("content")</c> starts a fluent query.</summary>
public sealed class IndexQueryFactory(SearchIndex index)
{
    /// <summary>Starts a query, limited to <paramref name="category"/> (<c>content</c> or <c>media</c>) when given.</summary>
    public IQuery CreateQuery(string? category = null, BooleanOperation defaultOperation = BooleanOperation.And) =>
        new LuceneSearchQuery(index, category, defaultOperation);

    /// <summary>Shorthand for <c>CreateQuery().ManagedQuery(text).Execute(options)</c>.</summary>
    public SearchResults Search(string? text, QueryOptions? options = null) => CreateQuery().ManagedQuery(text).Execute(options);

    /// <summary>The full-text fields of the index with their boosts: what <see cref="IQuery.ManagedQuery"/> searches by default.</summary>
    public IReadOnlyList<TextFieldBoost> TextFields() =>
        index.FieldDefinitions.OfType(FieldType.FullText, FieldType.FullTextSortable)
            .Select(definition => new TextFieldBoost(definition.Name, definition.Boost))
            .OrderBy(field => field.Name, StringComparer.Ordinal)
            .ToList();
}
