using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Worcs.LocalOffer.Backoffice.ClientHosting;

/// <summary>
/// Serves the built client's files under <c>/umbraco/backoffice/{version}/</c>. The version changes with every new
/// build, so a file may be cached for a year; the build wrote <c>.br</c> and <c>.gz</c> siblings, chosen here by
/// <c>Accept-Encoding</c> with no compression per request.
/// </summary>
internal sealed class BackofficeClientFiles(BackofficeClientBuild client)
{
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public async Task ServeAsync(HttpContext context, string version, string path)
    {
        if (version != client.Version || !TryResolve(path, out var file, out var contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (servedFile, encoding) = ChooseEncoding(context.Request, file);
        var headers = context.Response.Headers;
        headers.CacheControl = ImmutableCaching;
        headers.XContentTypeOptions = "nosniff";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }
        context.Response.ContentType = contentType;
        context.Response.ContentLength = new FileInfo(servedFile).Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }
        await context.Response.SendFileAsync(servedFile, context.RequestAborted);
    }

    private bool TryResolve(string path, out string file, out string contentType)
    {
        file = "";
        contentType = "";
        // Pre-compressed siblings and the build's own manifest are not asked for directly.
        if (path.EndsWith(".br", StringComparison.Ordinal) || path.EndsWith(".gz", StringComparison.Ordinal)
            || path == BackofficeClientBuild.ManifestFileName)
        {
            return false;
        }
        return TryResolveUnder(client.Folder, path, out file, out contentType);
    }

    /// <summary>
    /// A file under <paramref name="root"/> for a plain relative URL path: no climbing out, no hidden files, and only
    /// extensions with a known content type.
    /// </summary>
    internal static bool TryResolveUnder(string root, string path, out string file, out string contentType)
    {
        file = "";
        contentType = "";
        var segments = path.Split('/');
        if (segments.Any(segment => segment.Length == 0 || segment.StartsWith('.') || segment.Contains('\\', StringComparison.Ordinal))
            || !ContentTypes.TryGetContentType(path, out var type))
        {
            return false;
        }
        var candidate = Path.GetFullPath(Path.Combine(root, path));
        if (!candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(candidate))
        {
            return false;
        }
        file = candidate;
        contentType = type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
        return true;
    }

    private static (string File, string? Encoding) ChooseEncoding(HttpRequest request, string file)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, extension) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            var acceptsIt = accepted.Any(value => value.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && value.Quality is not 0);
            if (acceptsIt && File.Exists(file + extension))
            {
                return (file + extension, encoding);
            }
        }
        return (file, null);
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".woff2"] = "font/woff2";
        provider.Mappings[".json"] = "application/json";
        return provider;
    }
}
