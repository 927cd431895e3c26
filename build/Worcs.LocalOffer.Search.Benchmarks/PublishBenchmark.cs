using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Site;
using Worcs.LocalOffer.Sync;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Search.Benchmarks;

/// <summary>
/// Publish-to-searchable: the seed site in a fresh SQLite database, the background indexing service running, and
/// pages published one at a time through the engine; the time from the publish call returning to the page being
/// returned by search.
/// </summary>
internal static class PublishBenchmark
{
    private static readonly Guid NewsIndexKey = Guid.Parse("a9feef4c-73db-5462-ad67-2f27b044e7a1");

    public static async Task<(string Measure, string Value)> RunAsync(string repositoryRoot, int publishes)
    {
        var folder = Directory.CreateTempSubdirectory("search-publish-bench-");
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "bench.sqlite.db")}");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["LocalOffer:Search:IndexRoot"] = Path.Combine(folder.FullName, "search"),
                ["LocalOffer:Media:RootFolder"] = Path.Combine(folder.FullName, "media"),
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error));
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLocalOfferEngine();
            services.AddLocalOfferPersistence(settings);
            services.AddLocalOfferSync();
            services.AddLocalOfferSearch();
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            await provider.GetRequiredService<SyncImporter>().ImportAsync(
                Path.Combine(repositoryRoot, "uSync", "v17"),
                new SyncImportOptions { MediaRoot = Path.Combine(folder.FullName, "media"), FilesFolder = Path.Combine(repositoryRoot, "uSync", "Files") });
            var indexing = ActivatorUtilities.CreateInstance<SearchIndexingService>(provider);
            await indexing.StartAsync(CancellationToken.None);
            var maintenance = provider.GetRequiredService<SearchMaintenance>();
            while (!maintenance.Ready)
            {
                await Task.Delay(10);
            }

            var documents = provider.GetRequiredService<DocumentService>();
            var search = provider.GetRequiredService<ISiteSearch>();
            var timings = new List<double>();
            for (var i = 0; i < publishes; i++)
            {
                var word = "benchword" + i.ToString(CultureInfo.InvariantCulture) + "x";
                var values = new Dictionary<string, string?>
                {
                    ["title"] = "Published " + word,
                    ["summary"] = "A page about " + word + ".",
                    ["body"] = "{\"markup\":\"<p>Body of " + word + "</p>\",\"blocks\":null}",
                    ["publishDate"] = "{\"date\":\"2024-01-01T00:00:00+00:00\",\"timeZone\":null}",
                };
                var created = await documents.CreateAsync(new NodeCreateRequest("newsArticle", "Page " + word, NewsIndexKey, values), publish: true);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException("Publishing failed: " + string.Join("; ", created.Errors));
                }

                var stopwatch = Stopwatch.StartNew();
                while ((await search.SearchAsync(new SiteSearchRequest { Query = word, IncludeFacets = false, IncludeSnippets = false })).Total == 0)
                {
                    if (stopwatch.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        throw new TimeoutException($"'{word}' was not searchable 30 s after publishing.");
                    }

                    await Task.Delay(1);
                }

                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            await indexing.StopAsync(CancellationToken.None);
            timings.Sort();
            return ("publish to searchable (SQLite, background queue)", string.Create(CultureInfo.InvariantCulture,
                $"p50 {Percentiles.Of(timings, 50):F0} ms, p95 {Percentiles.Of(timings, 95):F0} ms, max {timings[^1]:F0} ms over {publishes} publishes"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
