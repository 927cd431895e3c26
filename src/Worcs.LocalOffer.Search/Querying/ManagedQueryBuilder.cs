using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Querying;

/// <summary>
/// Builds the Lucene query for what a family typed. Each word must match (or, with <c>requireAll</c> false, any
/// may): its stem in any field, weighted by the field's boost, or a close spelling of it. Quoted phrases must
/// match as phrases. The whole text as a loose phrase adds to the score.
/// </summary>
public sealed class ManagedQueryBuilder(SearchAnalyzers analyzers)
{
    private const float FuzzyBoost = 0.3f;
    private const float PrefixBoost = 0.15f;
    private const float WholePhraseBoost = 2f;
    private const float SynonymBoost = 1.5f;

    // With at most 32 words and 32 phrases, keeps the top-level query under Lucene's 1,024-clause limit.
    private const int MaxSynonymClauses = 384;

    /// <summary>
    /// Builds the query. With <paramref name="reader"/>, close spellings are tried only for words the index does not
    /// know as typed (a misspelling or a partial word); known words match exactly, which is faster and more precise.
    /// Without it, every word also gets its close spellings.
    /// </summary>
    public Query Build(UserQueryText text, IReadOnlyList<TextFieldBoost> fields, bool requireAll, IndexReader? reader = null)
    {
        if (text.IsEmpty || fields.Count == 0)
        {
            return new MatchAllDocsQuery();
        }

        var query = new BooleanQuery();
        var occur = requireAll ? Occur.MUST : Occur.SHOULD;
        var clauses = 0;
        var words = Words(text);
        foreach (var word in words)
        {
            if (WordQuery(word, fields, reader) is { } wordQuery)
            {
                query.Add(wordQuery, occur);
                clauses++;
            }
        }

        foreach (var phrase in text.Phrases)
        {
            if (PhraseAcrossFields(phrase, fields, slop: 0, boost: 1f) is { } phraseQuery)
            {
                query.Add(phraseQuery, occur);
                clauses++;
            }
        }

        if (clauses == 0)
        {
            // Only stop words or punctuation: nothing can match, consistently, rather than everything.
            return new BooleanQuery { { new TermQuery(new Term(IndexFieldNames.Id, "")), Occur.MUST } };
        }

        if (words.Count > 1 && PhraseAcrossFields(string.Join(' ', words), fields, slop: 3, boost: WholePhraseBoost) is { } whole)
        {
            query.Add(whole, Occur.SHOULD);
        }

        foreach (var synonym in SynonymsOf(text).Order(StringComparer.Ordinal).Take(Math.Max(1, MaxSynonymClauses / fields.Count)))
        {
            foreach (var field in fields)
            {
                query.Add(new TermQuery(new Term(field.Name, synonym)) { Boost = field.Boost * SynonymBoost }, Occur.SHOULD);
            }
        }

        if (!requireAll)
        {
            query.MinimumNumberShouldMatch = 1;
        }

        return query;
    }

    /// <summary>
    /// The words, split at punctuation as the index splits them (so <c>title:autism^100</c> is the three words
    /// <c>title autism 100</c>), at most <see cref="UserQueryText.MaxTerms"/> of them.
    /// </summary>
    internal List<string> Words(UserQueryText text) =>
        [.. text.Words.SelectMany(word => Analyse(analyzers.Spelling, word)).Select(token => token.Term).Take(UserQueryText.MaxTerms)];

    private BooleanQuery? WordQuery(string word, IReadOnlyList<TextFieldBoost> fields, IndexReader? reader)
    {
        var stems = Analyse(analyzers.QueryText, word);
        if (stems.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var field in fields)
        {
            query.Add(Terms(field.Name, stems, 0, field.Boost), Occur.SHOULD);
        }

        foreach (var (spelling, _) in Analyse(analyzers.Spelling, word))
        {
            if (spelling.Length >= 4 && !spelling.Any(char.IsDigit) && (reader is null || reader.DocFreq(new Term(IndexFieldNames.Spell, spelling)) == 0))
            {
                query.Add(new FuzzyQuery(new Term(IndexFieldNames.Spell, spelling), spelling.Length >= 7 ? 2 : 1, prefixLength: 1) { Boost = FuzzyBoost }, Occur.SHOULD);
                query.Add(new PrefixQuery(new Term(IndexFieldNames.Spell, spelling)) { Boost = PrefixBoost }, Occur.SHOULD);
            }
        }

        return query;
    }

    private BooleanQuery? PhraseAcrossFields(string phrase, IReadOnlyList<TextFieldBoost> fields, int slop, float boost)
    {
        var tokens = Analyse(analyzers.QueryText, phrase);
        if (tokens.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery { Boost = boost };
        foreach (var field in fields)
        {
            query.Add(Terms(field.Name, tokens, slop, field.Boost), Occur.SHOULD);
        }

        return query;
    }

    private static Query Terms(string field, List<(string Term, int Position)> tokens, int slop, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>
    /// Words the synonym list adds for the whole query, such as <c>ehcp</c> for "education health and care plan":
    /// items indexed under the short form then score as well as those using the words.
    /// </summary>
    private HashSet<string> SynonymsOf(UserQueryText text)
    {
        if (analyzers.Synonyms is null)
        {
            return [];
        }

        var all = string.Join(' ', text.Words.Concat(text.Phrases));
        var plain = Analyse(analyzers.QueryText, all).Select(token => token.Term).ToHashSet(StringComparer.Ordinal);
        var expanded = Analyse(analyzers.IndexText, all).Select(token => token.Term).ToHashSet(StringComparer.Ordinal);
        expanded.ExceptWith(plain);
        return expanded;
    }

    /// <summary>The tokens of <paramref name="text"/> with their positions (stop words leave gaps).</summary>
    internal static List<(string Term, int Position)> Analyse(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }
}
