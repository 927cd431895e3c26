using System.IO.Compression;
using System.Net;

namespace Worcs.LocalOffer.Backoffice.Tests.ClientHosting;

[TestFixture]
public sealed class ClientFileTests
{
    private const string Immutable = "public, max-age=31536000, immutable";
    private BackofficeClientHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await BackofficeClientHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public async Task Every_importmap_entry_of_the_client_is_served_as_javascript_and_cached_for_good()
    {
        var importmap = BackofficeClientHost.Importmap(await _host.Client.GetStringAsync("/umbraco"));
        var clientUrls = importmap.Values.Where(url => url.StartsWith(_host.Page.ClientBaseUrl, StringComparison.Ordinal)).ToList();
        var problems = new List<string>();
        foreach (var url in clientUrls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, url);
            using var response = await _host.Client.SendAsync(request);
            var type = response.Content.Headers.ContentType?.MediaType;
            var caching = response.Headers.CacheControl?.ToString();
            if (response.StatusCode != HttpStatusCode.OK || type != "text/javascript" || caching != Immutable)
            {
                problems.Add($"{url}: {(int)response.StatusCode} {type} {caching}");
            }
        }

        Assert.That(clientUrls, Has.Count.GreaterThan(150));
        Assert.That(problems, Is.Empty);
    }

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task A_module_is_sent_compressed_when_the_browser_accepts_it(string encoding)
    {
        var url = _host.Page.ClientBaseUrl + "apps/app/app.element.js";
        var plain = await GetBytesAsync(url, null);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await _host.Client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo(Immutable));
        Assert.That(compressed, Has.Length.LessThan(plain.Length / 2));
        Assert.That(Decompress(compressed, encoding), Is.EqualTo(plain));
    }

    [Test]
    public async Task Without_accept_encoding_a_module_is_sent_as_it_is()
    {
        using var response = await _host.Client.GetAsync(_host.Page.ClientBaseUrl + "apps/app/app.element.js");

        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("umb-app"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
    }

    [TestCase("css/uui-css.css", "text/css")]
    [TestCase("css/umb-css.css", "text/css")]
    [TestCase("assets/fonts/lato/LatoLatin-Regular.woff2", "font/woff2")]
    [TestCase("external/monaco-editor/index.js", "text/javascript")]
    [TestCase("external/monaco-editor/workers/editor.worker.js", "text/javascript")]
    [TestCase("assets/lang/en.js", "text/javascript")]
    public async Task Styles_fonts_and_monaco_workers_are_served(string path, string contentType)
    {
        using var response = await _host.Client.GetAsync(_host.Page.ClientBaseUrl + path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo(Immutable));
    }

    [Test]
    public async Task The_uui_stylesheet_points_at_fonts_that_are_served()
    {
        var css = await _host.Client.GetStringAsync(_host.Page.ClientBaseUrl + "css/uui-css.css");
        const string fontUrl = "url('../assets/fonts/lato/LatoLatin-Bold.woff2')";
        using var font = await _host.Client.GetAsync(_host.Page.ClientBaseUrl + "assets/fonts/lato/LatoLatin-Bold.woff2");

        Assert.That(css, Does.Contain(fontUrl));
        Assert.That(font.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("backoffice-client.json")]
    [TestCase("apps/app/app.element.js.br")]
    [TestCase("..%2F..%2Fpackage.json")]
    [TestCase("apps/app/../../../build.mjs")]
    [TestCase("missing.js")]
    public async Task Files_outside_the_client_or_not_meant_for_browsers_are_not_served(string path)
    {
        using var response = await _host.Client.GetAsync(_host.Page.ClientBaseUrl + path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<byte[]> GetBytesAsync(string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }
        using var response = await _host.Client.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
