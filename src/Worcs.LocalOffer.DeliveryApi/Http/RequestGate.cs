using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// Applies Umbraco's access rules before anything is read: the API (and media) enabled, the <c>Api-Key</c> for
/// non-public access and for <c>Preview</c>, the <c>Start-Item</c>; and waits for the first cache load. Content is read
/// from the snapshot's view in the culture <c>Accept-Language</c> asks for.
/// </summary>
internal sealed class RequestGate(PublishedContentCache cache, IOptions<DeliveryApiSettings> options, TimeProvider clock)
{
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(30);
    private readonly DeliveryApiSettings _settings = options.Value;

    public async Task<(DeliveryRequest? Request, IResult? Refusal)> OpenAsync(HttpContext http, bool media)
    {
        // As in Umbraco, an API (or media API) switched off refuses access (401) rather than hiding its routes.
        if (!_settings.Enabled || (media && !_settings.Media.Enabled))
        {
            return (null, Problems.Status(StatusCodes.Status401Unauthorized));
        }

        var keyed = HasValidKey(http.Request.Headers["Api-Key"]);
        var publicAccess = media ? _settings.Media.PublicAccess && _settings.PublicAccess : _settings.PublicAccess;
        var preview = !media && string.Equals(http.Request.Headers["Preview"], "true", StringComparison.OrdinalIgnoreCase);
        if ((!publicAccess || preview) && !keyed)
        {
            return (null, Problems.Status(StatusCodes.Status401Unauthorized));
        }

        if (!cache.IsLoaded)
        {
            try
            {
                await cache.WhenLoaded.WaitAsync(StartupWait, http.RequestAborted);
            }
            catch (TimeoutException)
            {
                return (null, Problems.Status(StatusCodes.Status503ServiceUnavailable));
            }
        }

        var snapshot = preview ? await cache.GetPreviewAsync(http.RequestAborted) : cache.Current;
        if (!media && !snapshot.Cultures.IsSingle)
        {
            snapshot = snapshot.ForCulture(RequestCulture.Of(http.Request));
        }

        CachedNode? startItem = null;
        var startItemHeader = http.Request.Headers["Start-Item"].ToString();
        if (!media && startItemHeader.Length > 0)
        {
            startItem = ContentRouter.FindStartItem(snapshot, startItemHeader);
            if (startItem is null)
            {
                return (null, Results.Text("The Start-Item could not be found", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound));
            }
        }

        return (new DeliveryRequest(snapshot, startItem, preview, keyed, clock.GetUtcNow()), null);
    }

    private bool HasValidKey(string? header)
    {
        var configured = _settings.ApiKey;
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(header))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(configured));
    }
}
