namespace Worcs.LocalOffer.DeliveryApi.Configuration;

/// <summary><c>Umbraco:CMS:DeliveryApi:Media</c>: the media endpoints are a separate opt-in, as in Umbraco.</summary>
public sealed class DeliveryApiMediaSettings
{
    public bool Enabled { get; set; }

    public bool PublicAccess { get; set; } = true;
}
