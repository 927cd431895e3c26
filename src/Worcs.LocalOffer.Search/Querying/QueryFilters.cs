using Lucene.Net.Search;

namespace Worcs.LocalOffer.Search.Querying;

internal static class QueryFilters
{
    /// <summary>A clause that must match but adds nothing to the score (Lucene 4.8 has no FILTER occur).</summary>
    public static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0f };
}
