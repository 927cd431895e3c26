using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Backoffice.ClientHosting;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Backoffice.Tests.ClientHosting;

/// <summary>
/// The real host on Kestrel with a fresh SQLite database and one backoffice package (<c>App_Plugins/Roadshow</c>),
/// and an HTTP client that does not decompress, so tests see the encoding the server chose.
/// </summary>
internal sealed partial class BackofficeClientHost : IAsyncDisposable
{
    public const string PackageSpecifier = "@worcs/roadshow-map";
    public const string PackageModuleUrl = "/App_Plugins/Roadshow/roadshow-map.js";
    public const string PackageModuleSource = "export const roadshowMap = 'map';\n";

    private readonly LocalOfferHostFactory _factory;

    private BackofficeClientHost(string contentRoot, LocalOfferHostFactory factory)
    {
        ContentRoot = contentRoot;
        _factory = factory;
        var baseAddress = factory.CreateClient().BaseAddress!;
        Client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
    }

    public string ContentRoot { get; }

    public HttpClient Client { get; }

    public BackofficeHostPage Page => _factory.Services.GetRequiredService<BackofficeHostPage>();

    public static async Task<BackofficeClientHost> StartAsync()
    {
        var contentRoot = Directory.CreateTempSubdirectory("localoffer-backoffice-").FullName;
        var package = Directory.CreateDirectory(Path.Combine(contentRoot, "App_Plugins", "Roadshow")).FullName;
        var manifest = new JsonObject
        {
            ["name"] = "Roadshow map",
            ["importmap"] = new JsonObject { ["imports"] = new JsonObject { [PackageSpecifier] = PackageModuleUrl } },
            ["extensions"] = new JsonArray(),
        };
        await File.WriteAllTextAsync(Path.Combine(package, BackofficePackages.ManifestFileName), manifest.ToJsonString());
        await File.WriteAllTextAsync(Path.Combine(package, "roadshow-map.js"), PackageModuleSource);

        var host = new BackofficeClientHost(contentRoot, new LocalOfferHostFactory(contentRoot));
        await ReadinessWait.UntilReadyAsync(host.Client, TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>The text of the page's one inline script, the importmap, exactly as sent.</summary>
    public static string ImportmapScript(string html)
    {
        var match = ImportmapPattern().Match(html);
        Assert.That(match.Success, Is.True, "the page has no <script type=\"importmap\">");
        return match.Groups[1].Value;
    }

    public static IReadOnlyDictionary<string, string> Importmap(string html) =>
        JsonNode.Parse(ImportmapScript(html))!["imports"]!.AsObject()
            .ToDictionary(entry => entry.Key, entry => entry.Value!.GetValue<string>());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ContentRootCleanup.DeleteAsync(ContentRoot);
    }

    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportmapPattern();
}
