using Lucene.Net.Index;
using Lucene.Net.Search;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Site;

/// <summary>The indexed words a query matches on: stems for the text fields, spellings (fuzzy and prefix expansions included) for the spelling field.</summary>
internal sealed record QueryTerms(IReadOnlySet<string> Stems, IReadOnlySet<string> Spellings)
{
    public bool IsEmpty => Stems.Count == 0 && Spellings.Count == 0;

    public static QueryTerms From(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Match-all and constant-score queries have no terms: nothing to highlight.
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Field == IndexFieldNames.Spell)
            {
                spellings.Add(term.Text);
            }
            else if (!term.Field.StartsWith("__", StringComparison.Ordinal))
            {
                stems.Add(term.Text);
            }
        }

        return new QueryTerms(stems, spellings);
    }
}
