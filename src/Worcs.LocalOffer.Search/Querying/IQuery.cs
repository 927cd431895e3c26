using Lucene.Net.Search;

namespace Worcs.LocalOffer.Search.Querying;

/// <summary>The clauses a query can have, in Examine's style.</summary>
public interface IQuery
{
    /// <summary>An exact match on a raw field, or the analysed words (as a phrase when several) on a text field.</summary>
    IBooleanOperation Field(string field, string value);

    IBooleanOperation Field(string field, int value);

    IBooleanOperation Id(string id);

    /// <summary>Any of <paramref name="values"/> in any of <paramref name="fields"/>.</summary>
    IBooleanOperation GroupedOr(IEnumerable<string> fields, params string[] values);

    /// <summary>Families' search text: words (stemmed, with synonyms and misspellings), "quoted phrases", never throwing.</summary>
    IBooleanOperation ManagedQuery(string? text, IReadOnlyList<string>? fields = null);

    IBooleanOperation RangeQuery(string field, long? min, long? max, bool minInclusive = true, bool maxInclusive = true);

    IBooleanOperation RangeQuery(string field, DateTime? min, DateTime? max, bool minInclusive = true, bool maxInclusive = true);

    IBooleanOperation NativeQuery(Query query);

    IBooleanOperation All();

    IBooleanOperation Group(Func<IQuery, IBooleanOperation> inner, BooleanOperation defaultOperation = BooleanOperation.Or);
}
