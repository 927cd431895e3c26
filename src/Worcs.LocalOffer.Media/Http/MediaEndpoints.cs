using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Media.Configuration;
using Worcs.LocalOffer.Media.Files;
using Worcs.LocalOffer.Media.Imaging;

namespace Worcs.LocalOffer.Media.Http;

/// <summary>
/// <c>GET</c> and <c>HEAD /media/{path}</c>: the file, with validators (ETag, Last-Modified, 304), ranges (206, 416)
/// and long-lived caching; images resized on request with Umbraco's query string.
/// </summary>
public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapLocalOfferMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string? path, HttpContext context)
    {
        var services = context.RequestServices;
        var live = services.GetRequiredService<LiveMediaFiles>();
        if (!live.IsLoaded)
        {
            context.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable", detail: "The media library is still loading.");
        }

        var file = services.GetRequiredService<MediaFileResolver>().Resolve(path);
        if (file is null)
        {
            return Results.NotFound();
        }

        var settings = services.GetRequiredService<IOptions<MediaSettings>>().Value;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = $"public, max-age={(long)settings.BrowserMaxAge.TotalSeconds}";
        if (ImageRequest.Applies(context.Request.Query) && VipsImages.IsImage(file.Name))
        {
            return await ResizeAsync(path!, file, context, settings);
        }

        var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
        return Results.File(file.FullName, ContentTypeOf(file.Name), lastModified: file.LastWriteTimeUtc, entityTag: tag, enableRangeProcessing: true);
    }

    private static async Task<IResult> ResizeAsync(string path, FileInfo file, HttpContext context, MediaSettings settings)
    {
        try
        {
            var request = ImageRequest.Parse(context.Request.Query, settings);
            var format = ImageResizer.OutputFormat(file.Name, request);
            var quality = request.Quality ?? ImageResizer.DefaultQuality;
            var key = ResizedImageCache.Key(path, file, request.Normalised(format, quality));
            var cache = context.RequestServices.GetRequiredService<ResizedImageCache>();
            var result = await cache.GetOrCreateAsync(key, format, () =>
            {
                var (width, height) = VipsImages.Measure(file.FullName, settings.MaxInputPixels);
                var plan = ResizePlan.Compute(width, height, request, settings.MaxInputPixels);
                return ImageResizer.Resize(file.FullName, plan, format, quality);
            });
            var tag = new EntityTagHeaderValue($"\"{key[..32]}\"");
            return Results.File(result, ContentTypeOf("image." + format), lastModified: file.LastWriteTimeUtc, entityTag: tag, enableRangeProcessing: true);
        }
        catch (ImageRequestException exception)
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Problem(
                detail: exception.Message,
                statusCode: StatusCodes.Status400BadRequest,
                title: string.Create(CultureInfo.InvariantCulture, $"Invalid '{exception.Parameter}' parameter"),
                extensions: new Dictionary<string, object?> { ["parameter"] = exception.Parameter });
        }
        catch (InvalidMediaFileException exception)
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Problem(detail: exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The image cannot be resized");
        }
    }

    private static string ContentTypeOf(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var contentType) ? contentType : "application/octet-stream";
}
