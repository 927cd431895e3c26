using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Analysis;

/// <summary>
/// The analysers the indexes use. Text is indexed with English stemming, stop words and the SEND synonyms (matched
/// after stemming, so "EHC plans" matches the rule "ehc plan"); queries
/// use the same chain without synonyms (the index already holds every synonym of each word); the spelling field
/// keeps words as typed (lower-cased and folded) for fuzzy matching and "did you mean".
/// </summary>
public sealed class SearchAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public SearchAnalyzers(SynonymMap? synonyms)
    {
        Synonyms = synonyms;
        IndexText = Analyzer.NewAnonymous((_, reader) => English(reader, synonyms));
        QueryText = Analyzer.NewAnonymous((_, reader) => English(reader, null));
        Spelling = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
        Writer = new PerFieldAnalyzerWrapper(IndexText, new Dictionary<string, Analyzer> { [IndexFieldNames.Spell] = Spelling });
    }

    public SynonymMap? Synonyms { get; }

    /// <summary>Stemmed English with synonyms: what full-text fields are indexed with.</summary>
    public Analyzer IndexText { get; }

    /// <summary>Stemmed English without synonyms: what query words are analysed with.</summary>
    public Analyzer QueryText { get; }

    /// <summary>Lower-cased, folded, unstemmed words with stop words kept.</summary>
    public Analyzer Spelling { get; }

    /// <summary>The index writer's analyser: <see cref="IndexText"/>, and <see cref="Spelling"/> for the spelling field.</summary>
    public Analyzer Writer { get; }

    /// <summary>The analyser synonym rules are read with: the index chain up to the synonym filter (stemmed), without gaps.</summary>
    internal static Analyzer RuleReader() =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            var stream = new PositionIncrementResetFilter(new PorterStemFilter(Normalise(tokenizer)));
            return new TokenStreamComponents(tokenizer, stream);
        });

    private static TokenStreamComponents English(TextReader reader, SynonymMap? synonyms)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new PorterStemFilter(Normalise(tokenizer));
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static StopFilter Normalise(Tokenizer tokenizer)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
    }
}
