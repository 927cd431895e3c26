namespace Worcs.LocalOffer.DeliveryApi.Configuration;

/// <summary>Our own Delivery API settings, under <c>LocalOffer:DeliveryApi</c>.</summary>
public sealed class DeliveryApiExtensionSettings
{
    public const string SectionKey = "LocalOffer:DeliveryApi";

    /// <summary>Umbraco's behaviour: malformed <c>expand</c>/<c>fields</c>, bad filter values and sort directions are read as Umbraco reads them instead of answered with 400.</summary>
    public bool LenientQueryParsing { get; set; }

    /// <summary>Seconds a shared cache (CDN) may serve a public response without asking again.</summary>
    public int MaxAgeSeconds { get; set; } = 10;

    /// <summary>Seconds a shared cache may keep serving a stale public response while it revalidates.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 60;
}
