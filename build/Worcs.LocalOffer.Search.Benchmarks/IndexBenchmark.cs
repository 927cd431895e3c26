using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Site;

namespace Worcs.LocalOffer.Search.Benchmarks;

/// <summary>Full rebuild rate, index size and warm query latency (facets and snippets) over a generated corpus.</summary>
internal static class IndexBenchmark
{
    public static async Task<List<(string Measure, string Value)>> RunAsync(int documents, int queries)
    {
        var rows = new List<(string, string)>();
        var folder = Directory.CreateTempSubdirectory("search-bench-");
        try
        {
            var generator = new CorpusGenerator(seed: 17);
            var corpus = Enumerable.Range(0, documents).Select(generator.Next).ToList();
            var words = corpus.Sum(valueSet => valueSet.Values.Where(pair => pair.Value.Count > 0 && pair.Value[0] is string).Sum(pair => pair.Value.Sum(value => ((string)value).Count(character => character == ' ') + 1)));
            rows.Add(("corpus", string.Create(CultureInfo.InvariantCulture, $"{documents:N0} documents, {words / (double)documents:F0} words each on average, {CorpusGenerator.Words.Count} distinct words (Zipf)")));

            var analyzers = new SearchAnalyzers(SynonymFile.Load(SynonymFile.DefaultPath));
            using var external = new SearchIndex(SearchIndexes.ExternalIndexName, Path.Combine(folder.FullName, "ExternalIndex"), ContentFields.Definitions(), analyzers, "bench", NullLogger.Instance);
            using var @internal = new SearchIndex(SearchIndexes.InternalIndexName, Path.Combine(folder.FullName, "InternalIndex"), ContentFields.Definitions(), analyzers, "bench", NullLogger.Instance);
            external.Open(verify: false);
            @internal.Open(verify: false);

            // A small warm-up rebuild so JIT and first-use costs are not counted.
            await external.RebuildAsync(corpus.Take(2_000).ToAsyncEnumerable(), CancellationToken.None);
            var result = await external.RebuildAsync(corpus.ToAsyncEnumerable(), CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The rebuild failed: " + result.Error);
            }

            rows.Add(("full rebuild", string.Create(CultureInfo.InvariantCulture, $"{result.DocumentCount:N0} docs in {result.Elapsed.TotalSeconds:F1} s = {result.DocumentCount / result.Elapsed.TotalSeconds:N0} docs/s")));
            var status = external.Status();
            rows.Add(("index size on disk", string.Create(CultureInfo.InvariantCulture, $"{status.SizeBytes / 1024.0 / 1024.0:F1} MiB ({status.DocumentCount:N0} docs)")));

            var search = new SiteSearch(new SearchIndexes(external, @internal));
            var queryTexts = Enumerable.Range(0, queries).Select(_ => generator.Query()).ToList();
            foreach (var text in queryTexts.Take(Math.Min(100, queries)))
            {
                await search.SearchAsync(new SiteSearchRequest { Query = text });
            }

            var timings = new List<double>(queries);
            long totalHits = 0;
            foreach (var text in queryTexts)
            {
                var stopwatch = Stopwatch.StartNew();
                var response = await search.SearchAsync(new SiteSearchRequest { Query = text, Take = 10, IncludeFacets = true, IncludeSnippets = true });
                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
                totalHits += response.Total;
            }

            timings.Sort();
            var bare = new List<double>(queries);
            foreach (var text in queryTexts)
            {
                var stopwatch = Stopwatch.StartNew();
                await search.SearchAsync(new SiteSearchRequest { Query = text, Take = 10, IncludeFacets = false, IncludeSnippets = false });
                bare.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            bare.Sort();
            rows.Add(("query latency (in-process, warm, top 10 + facets + snippets + did-you-mean)", string.Create(CultureInfo.InvariantCulture,
                $"p50 {Percentiles.Of(timings, 50):F1} ms, p95 {Percentiles.Of(timings, 95):F1} ms, p99 {Percentiles.Of(timings, 99):F1} ms over {queries} queries (mean {totalHits / (double)queries:N0} hits)")));
            rows.Add(("query latency without facets and snippets", string.Create(CultureInfo.InvariantCulture,
                $"p50 {Percentiles.Of(bare, 50):F1} ms, p95 {Percentiles.Of(bare, 95):F1} ms, p99 {Percentiles.Of(bare, 99):F1} ms")));
            return rows;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
