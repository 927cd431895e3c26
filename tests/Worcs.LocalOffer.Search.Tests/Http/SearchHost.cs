using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Search.Tests.Support;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Search.Tests.Http;

/// <summary>
/// The real host on Kestrel over a fresh SQLite database that imported the repository's uSync/v17 seed (downloads
/// included), with its own index folder, the Delivery API on, and management keys for an admin and an editor.
/// </summary>
internal sealed class SearchHost : IAsyncDisposable
{
    public const string Api = "/umbraco/delivery/api/v2";
    public const string Admin = "/umbraco/management/api/v1/local-offer/search/indexes";
    public const string AdminKey = "admin-key-for-search-http-tests-0123456789";
    public const string EditorKey = "editor-key-for-search-http-tests-0123456789";
    private readonly string _contentRoot;
    private readonly LocalOfferHostFactory _factory;

    private SearchHost(string contentRoot, LocalOfferHostFactory factory)
    {
        _contentRoot = contentRoot;
        _factory = factory;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public T Get<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    /// <summary>Starts the host and waits until search has indexed the seed content.</summary>
    public static async Task<SearchHost> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var contentRoot = Directory.CreateTempSubdirectory("localoffer-search-http-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = Path.Combine(Repository.USync, "v17"),
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
            ["LocalOffer:Management:ApiKeys:0:Name"] = "admin",
            ["LocalOffer:Management:ApiKeys:0:Key"] = AdminKey,
            ["LocalOffer:Management:ApiKeys:0:Roles:0"] = "admin",
            ["LocalOffer:Management:ApiKeys:1:Name"] = "editor",
            ["LocalOffer:Management:ApiKeys:1:Key"] = EditorKey,
            ["LocalOffer:Management:ApiKeys:1:Roles:0"] = "editor",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new SearchHost(contentRoot, new LocalOfferHostFactory(contentRoot, settings));
        await host.WaitUntilSearchReadyAsync();
        return host;
    }

    /// <summary>Polls the admin status until search is ready, healthy, idle and holds documents.</summary>
    public Task WaitUntilSearchReadyAsync() =>
        Eventually.Until(
            async () =>
            {
                using var response = await SendAsync(HttpMethod.Get, Admin, AdminKey);
                return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : (JsonElement?)null;
            },
            status => status is { } body
                && body.GetProperty("ready").GetBoolean()
                && body.GetProperty("healthy").GetBoolean()
                && body.GetProperty("queueLength").GetInt32() == 0
                && body.GetProperty("indexes").EnumerateArray().All(index => index.GetProperty("health").GetString() == "healthy" && index.GetProperty("documentCount").GetInt32() > 0),
            "the search indexes to be ready and healthy (admin status)");

    public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Message)> GetJsonAsync(string path, string? bearer = null, string? apiKey = null)
    {
        using var response = await SendAsync(HttpMethod.Get, path, bearer, apiKey);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response.StatusCode, body, response);
    }

    /// <summary>GETs <c>/content?q=…</c> with the text escaped, and any further query string.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Message)> SearchAsync(string q, string more = "", string? apiKey = null) =>
        GetJsonAsync($"{Api}/content?q={Uri.EscapeDataString(q)}{(more.Length > 0 ? "&" + more : "")}", apiKey: apiKey);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Add("Api-Key", apiKey);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ContentRootCleanup.DeleteAsync(_contentRoot);
    }
}
