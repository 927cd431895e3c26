using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// Writes a body with <c>ETag</c>, <c>Last-Modified</c> and <c>Cache-Control</c>, or a 304 when the client already has it.
/// Public answers may be kept by shared caches briefly; preview and keyed answers are never stored.
/// </summary>
internal sealed class CachingHeaders(IOptions<DeliveryApiExtensionSettings> options)
{
    private readonly string _publicCacheControl = string.Create(
        CultureInfo.InvariantCulture,
        $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}");

    public IResult Send(HttpContext http, DeliveryRequest request, DeliveryBody body, bool media)
    {
        var headers = http.Response.Headers;
        if (body.ETag is not null)
        {
            headers.ETag = body.ETag;
        }

        headers.CacheControl = request.Preview || request.Keyed ? "private, no-store" : _publicCacheControl;
        headers.Vary = media ? "Start-Item" : "Accept-Language, Preview, Start-Item";
        if (body.LastModified is { } lastModified)
        {
            headers.LastModified = HeaderUtilities.FormatDate(new DateTimeOffset(TruncateToSeconds(lastModified), TimeSpan.Zero));
        }

        return NotModified(http.Request, body) ? Results.StatusCode(StatusCodes.Status304NotModified) : new JsonBytesResult(body);
    }

    private static bool NotModified(HttpRequest request, DeliveryBody body)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return body.ETag is not null && EntityTags.Matches(ifNoneMatch, body.ETag);
        }

        return body.StableOverTime
            && body.LastModified is { } lastModified
            && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && TruncateToSeconds(lastModified) <= since.UtcDateTime;
    }

    private static DateTime TruncateToSeconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
