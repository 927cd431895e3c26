using Lucene.Net.Analysis.Synonym;

namespace Worcs.LocalOffer.Search.Analysis;

/// <summary>Reads the SEND synonym list (Solr synonym format) that editors keep beside the index configuration.</summary>
public static class SynonymFile
{
    /// <summary>The synonym list shipped with the search project.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Synonyms", "send-synonyms.txt");

    /// <summary>Parses the file; throws <see cref="InvalidDataException"/> naming the file and the problem when a rule is malformed.</summary>
    public static SynonymMap? Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return null;
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static SynonymMap Parse(string rules, string source)
    {
        using var analyzer = SearchAnalyzers.RuleReader();
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        try
        {
            parser.Parse(new StringReader(rules));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidDataException($"The synonym list {source} has a malformed rule: {exception.Message}", exception);
        }

        return parser.Build();
    }
}
