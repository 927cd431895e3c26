using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine;

namespace Worcs.LocalOffer.Backoffice.ClientHosting;

public static class BackofficeClientEndpoints
{
    /// <summary>
    /// Reads the built client and scans the packages folder once, at start-up: a missing build stops start-up with
    /// a message saying how to build it.
    /// </summary>
    public static IServiceCollection AddLocalOfferBackofficeClient(this IServiceCollection services)
    {
        services.AddLocalOfferSettings<BackofficeClientSettings>(BackofficeClientSettings.SectionKey);
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<BackofficeClientSettings>>().Value;
            var folder = string.IsNullOrWhiteSpace(settings.ClientFolder) ? BackofficeClientBuild.CompiledBuildFolder : settings.ClientFolder;
            return BackofficeClientBuild.Load(folder ?? throw new InvalidOperationException(
                $"Set {BackofficeClientSettings.SectionKey}:{nameof(BackofficeClientSettings.ClientFolder)} to the built backoffice client."));
        });
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<BackofficeClientSettings>>().Value;
            var contentRoot = provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            return BackofficePackages.Scan(Path.Combine(contentRoot, settings.PackagesFolder));
        });
        services.TryAddSingleton<BackofficeHostPage>();
        services.TryAddSingleton<BackofficeClientFiles>();
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<BackofficePageConstraint>(BackofficePageConstraint.Name));
        return services;
    }

    /// <summary>
    /// Maps the client's files under <c>/umbraco/backoffice/{version}/</c> and the host page for every other GET
    /// under <c>/umbraco</c> except the API paths (see <see cref="BackofficePageConstraint"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapLocalOfferBackofficeClient(this IEndpointRouteBuilder endpoints)
    {
        // Built now, so a broken build or package manifest stops start-up rather than the first editor's visit.
        _ = endpoints.ServiceProvider.GetRequiredService<BackofficeHostPage>();

        endpoints.MapMethods(BackofficeHostPage.ClientPathPrefix + "{version}/{**path}", [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, string version, string? path, BackofficeClientFiles files) => files.ServeAsync(context, version, path ?? ""))
            .ExcludeFromDescription();
        endpoints.MapMethods("/App_Plugins/{**path}", [HttpMethods.Get, HttpMethods.Head], ServePackageFile).ExcludeFromDescription();
        endpoints.MapMethods(BackofficeHostPage.BackofficePath, [HttpMethods.Get, HttpMethods.Head], ServeHostPage).ExcludeFromDescription();
        endpoints.MapMethods(BackofficeHostPage.BackofficePath + $"/{{**path:{BackofficePageConstraint.Name}}}", [HttpMethods.Get, HttpMethods.Head], ServeHostPage)
            .ExcludeFromDescription();
        return endpoints;
    }

    // Package files change without a version in their URL, so browsers revalidate them (ETag) on every load.
    private static IResult ServePackageFile(HttpContext context, string? path, BackofficePackages packages)
    {
        if (packages.Folder is null || !BackofficeClientFiles.TryResolveUnder(packages.Folder, path ?? "", out var file, out var contentType))
        {
            return Results.NotFound();
        }
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var info = new FileInfo(file);
        var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\"");
        return Results.File(file, contentType, lastModified: info.LastWriteTimeUtc, entityTag: tag);
    }

    private static Task ServeHostPage(HttpContext context, BackofficeHostPage page)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = page.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers["Referrer-Policy"] = "same-origin";
        context.Response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(page.Html, context.RequestAborted);
    }
}
