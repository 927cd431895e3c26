using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

/// <summary>
/// The real host on a fresh SQLite database that imported the repository's uSync/v17 seed content, with the Delivery
/// API (and its media endpoints) enabled and the API key <see cref="ApiKey"/>. Extra settings override the defaults.
/// </summary>
internal sealed class SeedHost : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);
    private readonly string _contentRoot;
    private readonly LocalOfferHostFactory _factory;

    private SeedHost(string contentRoot, LocalOfferHostFactory factory, HttpClient client)
    {
        _contentRoot = contentRoot;
        _factory = factory;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<SeedHost> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null, bool waitUntilReady = true)
    {
        var contentRoot = Directory.CreateTempSubdirectory("localoffer-delivery-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = Path.Combine(RepositoryRoot(), "uSync", "v17"),
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
            ["Umbraco:CMS:DeliveryApi:ApiKey"] = ApiKey,
            ["Umbraco:CMS:DeliveryApi:Media:Enabled"] = "true",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new LocalOfferHostFactory(contentRoot, settings, configureServices);
        var client = factory.CreateClient();
        var host = new SeedHost(contentRoot, factory, client);
        if (waitUntilReady)
        {
            await host.WaitUntilReadyAsync();
        }

        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ContentRootCleanup.DeleteAsync(_contentRoot);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var giveUp = new CancellationTokenSource(ReadyWithin);
        while (true)
        {
            using var response = await Client.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            if (giveUp.IsCancellationRequested)
            {
                Assert.Fail($"The host did not become ready: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(50);
        }
    }

    private static string RepositoryRoot() =>
        typeof(SeedHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;
}
