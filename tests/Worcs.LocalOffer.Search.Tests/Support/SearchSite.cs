using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Site;
using Worcs.LocalOffer.Sync;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Search.Tests.Support;

/// <summary>
/// A real site for search tests: a fresh migrated SQLite database with the repository's seed content imported by
/// the uSync importer (downloads copied to a scratch media folder), the engine, and search with its index folder
/// in the scratch folder. <see cref="RestartSearchAsync"/> builds a new service provider on the same database and
/// folders, as a restarted host would.
/// </summary>
public sealed class SearchSite : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _extraSettings;

    private SearchSite(TestDatabase database, string scratch, Dictionary<string, string?> extraSettings)
    {
        _database = database;
        Scratch = scratch;
        _extraSettings = extraSettings;
        Services = Build();
    }

    public string Scratch { get; }

    public string MediaRoot => Path.Combine(Scratch, "media");

    public string IndexRoot => Path.Combine(Scratch, "search");

    public ServiceProvider Services { get; private set; }

    public ISiteSearch Search => Services.GetRequiredService<ISiteSearch>();

    public SearchMaintenance Maintenance => Services.GetRequiredService<SearchMaintenance>();

    public SearchIndexes Indexes => Services.GetRequiredService<SearchIndexes>();

    public DocumentService Documents => Services.GetRequiredService<DocumentService>();

    public MediaService Media => Services.GetRequiredService<MediaService>();

    /// <summary>Creates the site, imports the seed content and opens (and so builds) the indexes.</summary>
    public static async Task<SearchSite> CreateAsync(Dictionary<string, string?>? settings = null, bool import = true)
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        var scratch = Path.Combine(Path.GetTempPath(), "search-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        var site = new SearchSite(database, scratch, settings ?? []);
        if (import)
        {
            var result = await site.Services.GetRequiredService<SyncImporter>()
                .ImportAsync(Path.Combine(Repository.USync, "v17"), new SyncImportOptions { MediaRoot = site.MediaRoot, FilesFolder = Path.Combine(Repository.USync, "Files") });
            var errors = result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).ToList();
            Assert.That(errors, Is.Empty, () => string.Join("\n", errors));
        }

        await site.Maintenance.StartAsync(CancellationToken.None);
        return site;
    }

    /// <summary>Disposes the services (closing the indexes) and builds new ones over the same database and folders, without opening the indexes.</summary>
    public async Task RestartSearchAsync()
    {
        await Services.DisposeAsync();
        Services = Build();
    }

    /// <summary>Starts the background indexing service, as the host does; dispose the result to stop it.</summary>
    public async Task<IAsyncDisposable> StartBackgroundIndexingAsync()
    {
        var hosted = ActivatorUtilities.CreateInstance<SearchIndexingService>(Services);
        await hosted.StartAsync(CancellationToken.None);
        return new Stopper(hosted);
    }

    public Task<SiteSearchResponse> SearchAsync(string? query, int take = 10) =>
        Search.SearchAsync(new SiteSearchRequest { Query = query, Take = take });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(Scratch))
        {
            Directory.Delete(Scratch, recursive: true);
        }
    }

    private ServiceProvider Build()
    {
        var values = new Dictionary<string, string?>
        {
            ["LocalOffer:Search:IndexRoot"] = IndexRoot,
            ["LocalOffer:Media:RootFolder"] = MediaRoot,
        };
        foreach (var (key, value) in _extraSettings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return TestServices.Create(_database.Settings, services =>
        {
            services.AddLocalOfferSync();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLocalOfferSearch();
        });
    }

    private sealed class Stopper(IHostedService hosted) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await hosted.StopAsync(CancellationToken.None);
    }
}
