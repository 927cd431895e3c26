using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Worcs.LocalOffer.Search.Analysis;

namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// Makes snippets without Lucene's Highlighter: the stored text is analysed again, tokens that the query matched are
/// located by their offsets, the window with the most distinct matches is cut out, HTML-encoded, and the matches wrapped in <c>&lt;mark&gt;</c>.
/// </summary>
internal sealed class SnippetBuilder(SearchAnalyzers analyzers)
{
    public const int WindowLength = 200;

    /// <summary>The matched character ranges in <paramref name="text"/>, in order, without overlaps.</summary>
    public List<(int Start, int End, string Word)> Matches(string text, QueryTerms terms)
    {
        var matches = new List<(int Start, int End, string Word)>();
        if (terms.IsEmpty || text.Length == 0)
        {
            return matches;
        }

        Collect(analyzers.IndexText, text, terms.Stems, matches);
        Collect(analyzers.Spelling, text, terms.Spellings, matches);
        matches.Sort((left, right) => left.Start.CompareTo(right.Start));
        var merged = new List<(int Start, int End, string Word)>();
        foreach (var match in matches)
        {
            if (merged.Count > 0 && match.Start < merged[^1].End)
            {
                continue;
            }

            merged.Add(match);
        }

        return merged;
    }

    public static string Build(string text, List<(int Start, int End, string Word)> matches)
    {
        if (matches.Count == 0)
        {
            return Encode(Cut(text, 0, Math.Min(text.Length, WindowLength)), text, 0);
        }

        var (start, end) = BestWindow(text, matches);
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }

        var position = start;
        foreach (var match in matches.Where(match => match.Start >= start && match.End <= end))
        {
            builder.Append(WebUtility.HtmlEncode(text[position..match.Start]));
            builder.Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        builder.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static (int Start, int End) BestWindow(string text, List<(int Start, int End, string Word)> matches)
    {
        var best = 0;
        var bestScore = -1;
        for (var first = 0; first < matches.Count; first++)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var next = first; next < matches.Count && matches[next].End - matches[first].Start <= WindowLength; next++)
            {
                words.Add(matches[next].Word);
            }

            if (words.Count > bestScore)
            {
                bestScore = words.Count;
                best = first;
            }
        }

        // Start a little before the first match, at a word boundary, so the match has some context.
        var start = Math.Max(0, matches[best].Start - 40);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + WindowLength);
        while (end < text.Length && end > matches[best].End && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start, Math.Max(end, matches[best].End));
    }

    private static string Cut(string text, int start, int end) => text[start..end];

    private static string Encode(string snippet, string text, int start) =>
        WebUtility.HtmlEncode(snippet) + (start + snippet.Length < text.Length ? "…" : "");

    private static void Collect(Analyzer analyzer, string text, IReadOnlySet<string> wanted, List<(int, int, string)> into)
    {
        if (wanted.Count == 0)
        {
            return;
        }

        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (wanted.Contains(word) && offset.EndOffset <= text.Length && offset.StartOffset < offset.EndOffset)
            {
                into.Add((offset.StartOffset, offset.EndOffset, word));
            }
        }

        stream.End();
    }
}
