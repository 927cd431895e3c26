namespace Worcs.LocalOffer.DeliveryApi.Configuration;

/// <summary>Umbraco's own Delivery API keys, under <c>Umbraco:CMS:DeliveryApi</c>.</summary>
public sealed class DeliveryApiSettings
{
    public const string SectionKey = "Umbraco:CMS:DeliveryApi";

    public bool Enabled { get; set; }

    /// <summary>When false, every request needs the <c>Api-Key</c> header.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>The key for preview and for non-public access. There is no default: without it preview is refused.</summary>
    public string? ApiKey { get; set; }

    public IReadOnlyList<string> DisallowedContentTypeAliases { get; set; } = [];

    /// <summary>When set, only these document types are delivered (wins over the disallowed list).</summary>
    public IReadOnlyList<string> AllowedContentTypeAliases { get; set; } = [];

    public bool RichTextOutputAsJson { get; set; }

    public DeliveryApiMediaSettings Media { get; set; } = new();
}
