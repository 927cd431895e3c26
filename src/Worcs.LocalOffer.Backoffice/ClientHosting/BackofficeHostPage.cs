using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Worcs.LocalOffer.Backoffice.ClientHosting;

/// <summary>
/// The page every backoffice deep link answers, shaped like Umbraco's <c>UmbracoBackOffice/Index.cshtml</c>: the
/// client's CSS, one importmap (the client's, its bundled externals and our packages'), the app module and
/// <c>&lt;umb-app&gt;</c>. Built once at start-up; the only inline script is the importmap, allowed by its hash.
/// </summary>
public sealed class BackofficeHostPage
{
    public const string BackofficePath = "/umbraco";
    public const string ClientPathPrefix = "/umbraco/backoffice/";

    public BackofficeHostPage(BackofficeClientBuild client, BackofficePackages packages)
    {
        ClientBaseUrl = $"{ClientPathPrefix}{client.Version}/";
        var imports = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (specifier, path) in client.Importmap)
        {
            imports[specifier] = ClientBaseUrl + path;
        }
        // The client's sysinfo module imports '../../../../package.json' (a Vite JSON import); this URL is what that
        // resolves to, and the importmap sends it to the JavaScript module the build wrote instead.
        imports[ClientPathPrefix + "package.json"] = ClientBaseUrl + client.PackageJsonModule;
        foreach (var (specifier, url) in packages.Importmap)
        {
            imports[specifier] = url;
        }
        Importmap = imports;

        var importmapJson = JsonSerializer.Serialize(new { imports }, ImportmapJson);
        var importmapHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importmapJson)));
        ContentSecurityPolicy = string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'sha256-{importmapHash}'",
            // Lit and the UI library set style attributes from templates; Monaco injects its stylesheet.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
        Html = Render(importmapJson);
    }

    /// <summary>The URL the client's files are served under, ending in <c>/</c>: <c>/umbraco/backoffice/{version}/</c>.</summary>
    public string ClientBaseUrl { get; }

    public IReadOnlyDictionary<string, string> Importmap { get; }

    public string ContentSecurityPolicy { get; }

    public string Html { get; }

    // Escapes '<', '>' and '&' so nothing in a package's importmap can close the script element.
    private static readonly JsonSerializerOptions ImportmapJson = new() { Encoder = JavaScriptEncoder.Default };

    private string Render(string importmapJson) => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <base href="{{BackofficePath}}/">
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <meta name="robots" content="noindex, nofollow">
        <meta name="pinterest" content="nopin">
        <title>Umbraco</title>
        <link rel="stylesheet" href="{{ClientBaseUrl}}css/uui-css.css">
        <link rel="stylesheet" href="{{ClientBaseUrl}}css/umb-css.css">
        <script type="importmap">{{importmapJson}}</script>
        <script type="module" src="{{ClientBaseUrl}}apps/app/app.element.js"></script>
        </head>
        <body class="uui-font uui-text">
        <umb-app lang="en-US" backoffice-path="{{BackofficePath}}"></umb-app>
        </body>
        </html>
        """;
}
