using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Worcs.LocalOffer.Backoffice.Tests.ClientHosting;

[TestFixture]
public sealed class HostPageTests
{
    private BackofficeClientHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await BackofficeClientHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [TestCase("/umbraco")]
    [TestCase("/umbraco/")]
    [TestCase("/umbraco/section/content/workspace/document/edit/3cce2545-e3ac-44ec-bf55-a52cc5965db3")]
    [TestCase("/umbraco/oauth_complete?code=abc&state=xyz")]
    [TestCase("/umbraco/logout")]
    public async Task A_backoffice_deep_link_answers_the_host_page(string path)
    {
        using var response = await _host.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("<base href=\"/umbraco/\">"));
        Assert.That(html, Does.Contain($"<link rel=\"stylesheet\" href=\"{_host.Page.ClientBaseUrl}css/uui-css.css\">"));
        Assert.That(html, Does.Contain($"<script type=\"module\" src=\"{_host.Page.ClientBaseUrl}apps/app/app.element.js\"></script>"));
        Assert.That(html, Does.Contain("<umb-app "));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
    }

    [TestCase("/umbraco/management/api/v1/server/status")]
    [TestCase("/umbraco/management/api/v1/local-offer/unknown")]
    [TestCase("/umbraco/delivery/api/v2/unknown")]
    [TestCase("/umbraco/swagger/unknown")]
    [TestCase("/umbraco/login")]
    [TestCase("/umbraco/backoffice")]
    [TestCase("/umbraco/backoffice/0.0.0-old/apps/app/app.element.js")]
    public async Task An_api_path_or_the_login_page_is_not_the_host_page(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("text/html"));
    }

    [Test]
    public async Task The_csp_allows_only_our_own_scripts_and_the_importmap_by_its_hash()
    {
        using var response = await _host.Client.GetAsync("/umbraco");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(BackofficeClientHost.ImportmapScript(html))));
        var directives = policy.Split("; ").ToDictionary(directive => directive.Split(' ')[0], directive => directive);

        Assert.That(directives["script-src"], Is.EqualTo($"script-src 'self' 'sha256-{hash}'"));
        Assert.That(directives["default-src"], Is.EqualTo("default-src 'self'"));
        Assert.That(directives["object-src"], Is.EqualTo("object-src 'none'"));
        Assert.That(html.Split("<script").Length - 1, Is.EqualTo(2), "only the importmap and the app module");
    }

    [Test]
    public async Task The_importmap_merges_the_client_its_externals_and_our_packages()
    {
        var importmap = BackofficeClientHost.Importmap(await _host.Client.GetStringAsync("/umbraco"));

        Assert.That(importmap["@umbraco-cms/backoffice/app"], Is.EqualTo(_host.Page.ClientBaseUrl + "apps/app/index.js"));
        Assert.That(importmap["lit"], Does.StartWith(_host.Page.ClientBaseUrl + "vendor/"));
        Assert.That(importmap["@tiptap/core"], Does.StartWith(_host.Page.ClientBaseUrl + "vendor/"));
        Assert.That(importmap[BackofficeClientHost.PackageSpecifier], Is.EqualTo(BackofficeClientHost.PackageModuleUrl));
        Assert.That(importmap.Keys.Count(key => key.StartsWith("@umbraco-cms/backoffice/", StringComparison.Ordinal)), Is.GreaterThan(100));
    }

    [Test]
    public async Task The_vite_package_json_import_is_mapped_to_a_javascript_module()
    {
        var importmap = BackofficeClientHost.Importmap(await _host.Client.GetStringAsync("/umbraco"));
        using var response = await _host.Client.GetAsync(importmap["/umbraco/backoffice/package.json"]);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(body, Does.StartWith("export default {\"name\":\"@umbraco-cms/backoffice\",\"version\":\"17.1.0\"}"));
    }

    [Test]
    public async Task A_package_module_is_served_from_its_folder_and_revalidated()
    {
        using var response = await _host.Client.GetAsync(BackofficeClientHost.PackageModuleUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(BackofficeClientHost.PackageModuleSource));
    }

    [TestCase("/App_Plugins/Roadshow/missing.js")]
    [TestCase("/App_Plugins/Roadshow/..%2F..%2Fumbraco.sqlite.db")]
    [TestCase("/App_Plugins/.hidden/x.js")]
    public async Task Nothing_else_is_served_from_the_packages_folder(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
