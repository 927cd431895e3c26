using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Querying;

namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// "Did you mean": each word the index does not know (in any form, synonyms included) is replaced by the closest
/// word the index does know (at most two edits, same first letter), preferring fewer edits, then more documents.
/// </summary>
internal sealed class SpellingSuggester(SearchAnalyzers analyzers)
{
    public string? Suggest(IndexReader reader, IReadOnlyList<string> queryWords, IReadOnlyList<string> queryPhrases, IReadOnlyList<TextFieldBoost> fields)
    {
        var terms = MultiFields.GetTerms(reader, IndexFieldNames.Spell);
        if (terms is null || queryWords.Count == 0)
        {
            return null;
        }

        var changed = false;
        var words = new List<string>();
        foreach (var word in queryWords)
        {
            var replacement = Correct(reader, terms, word, fields);
            changed |= replacement is not null;
            words.Add(replacement ?? word);
        }

        var phrases = queryPhrases.Select(phrase => "\"" + phrase + "\"");
        return changed ? string.Join(' ', words.Concat(phrases)) : null;
    }

    private string? Correct(IndexReader reader, Terms terms, string word, IReadOnlyList<TextFieldBoost> fields)
    {
        var spellings = ManagedQueryBuilder.Analyse(analyzers.Spelling, word);
        if (spellings.Count != 1 || spellings[0].Term.Length < 3 || spellings[0].Term.Any(char.IsDigit))
        {
            return null;
        }

        var spelling = spellings[0].Term;
        if (reader.DocFreq(new Term(IndexFieldNames.Spell, spelling)) > 0)
        {
            return null;
        }

        var stems = ManagedQueryBuilder.Analyse(analyzers.QueryText, word);
        if (stems.Count > 0 && fields.Any(field => stems.All(stem => reader.DocFreq(new Term(field.Name, stem.Term)) > 0)))
        {
            return null;
        }

        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFieldNames.Spell, spelling), spelling.Length >= 6 ? 2 : 1, 1, true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        while (fuzzy.MoveNext())
        {
            var candidateText = fuzzy.Term.Utf8ToString();
            var distance = Distance(spelling, candidateText);
            var frequency = fuzzy.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidateText, distance, frequency);
            }
        }

        return best;
    }

    /// <summary>Damerau–Levenshtein distance (adjacent transpositions count as one edit).</summary>
    internal static int Distance(string left, string right)
    {
        var table = new int[left.Length + 1, right.Length + 1];
        for (var i = 0; i <= left.Length; i++)
        {
            table[i, 0] = i;
        }

        for (var j = 0; j <= right.Length; j++)
        {
            table[0, j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                table[i, j] = Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    table[i, j] = Math.Min(table[i, j], table[i - 2, j - 2] + 1);
                }
            }
        }

        return table[left.Length, right.Length];
    }
}
