using Lucene.Net.Search;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Querying;

internal static class StoredValues
{
    public static SearchResult Read(IndexSearcher searcher, ScoreDoc hit)
    {
        var document = searcher.Doc(hit.Doc);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in document.Fields.GroupBy(field => field.Name, StringComparer.Ordinal))
        {
            values[group.Key] = group.Select(field => field.GetStringValue(System.Globalization.CultureInfo.InvariantCulture) ?? field.GetInt64Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? field.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
        }

        return new SearchResult(document.Get(IndexFieldNames.Id, System.Globalization.CultureInfo.InvariantCulture) ?? "", float.IsNaN(hit.Score) ? 0 : hit.Score, hit.Doc, values);
    }
}
