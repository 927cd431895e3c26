using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Media.Tests.Support;

/// <summary>The real host on a fresh SQLite database that imported the repository's uSync/v17 seed, serving /media over Kestrel.</summary>
internal sealed class MediaHost : IAsyncDisposable
{
    private readonly LocalOfferHostFactory _factory;

    private MediaHost(string contentRoot, LocalOfferHostFactory factory)
    {
        ContentRoot = contentRoot;
        _factory = factory;
        Client = factory.CreateClient();
    }

    public string ContentRoot { get; }

    public string MediaRoot => Path.Combine(ContentRoot, "App_Data", "media");

    public string CacheRoot => Path.Combine(ContentRoot, "App_Data", "media-cache");

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    public T Get<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    public static async Task<MediaHost> StartAsync()
    {
        var contentRoot = Directory.CreateTempSubdirectory("localoffer-media-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = Path.Combine(RepositoryRoot, "uSync", "v17"),
            ["LocalOffer:Media:MaxWidth"] = "2000",
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
            ["Umbraco:CMS:DeliveryApi:Media:Enabled"] = "true",
        };
        var host = new MediaHost(contentRoot, new LocalOfferHostFactory(contentRoot, settings));
        await ReadinessWait.UntilReadyAsync(host.Client, TimeSpan.FromSeconds(90));
        return host;
    }

    public static string RepositoryRoot =>
        typeof(MediaHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    /// <summary>Writes a generated picture at <paramref name="relativePath"/> under the media root and creates an Image media item for it.</summary>
    public async Task<Guid> CreateImageAsync(string relativePath, int width, int height, bool writeFile = true, JsonObject? cropper = null)
    {
        if (writeFile)
        {
            TestImages.Write(Path.Combine(MediaRoot, relativePath), width, height);
        }

        cropper ??= new JsonObject { ["crops"] = new JsonArray(), ["focalPoint"] = null };
        cropper["src"] = "/media/" + relativePath;
        var values = new Dictionary<string, string?> { ["umbracoFile"] = cropper.ToJsonString() };
        var created = await Get<MediaService>().CreateAsync(new NodeCreateRequest("Image", Path.GetFileNameWithoutExtension(relativePath), null, values));
        Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));
        return created.Value!.Key;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ContentRootCleanup.DeleteAsync(ContentRoot);
    }
}
