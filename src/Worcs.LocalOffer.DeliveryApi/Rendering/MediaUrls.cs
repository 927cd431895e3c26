using System.Text.Json.Nodes;
using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>A media item's relative URL and file extension, from its <c>umbracoFile</c> and <c>umbracoExtension</c> values.</summary>
internal static class MediaUrls
{
    public static string? UrlOf(CachedNode media) => FileUrl(media.GetValue("umbracoFile"));

    /// <summary>An upload field stores the path; an image cropper stores <c>{"src":…}</c>.</summary>
    public static string? FileUrl(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        var text = stored.Trim();
        if (!text.StartsWith('{'))
        {
            return text;
        }

        try
        {
            return JsonNode.Parse(text)?["src"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Only <c>umbracoExtension</c>, as Umbraco's media builder reads it; null when the media type has none.</summary>
    public static string? ExtensionOf(CachedNode media) => media.GetValue("umbracoExtension") is { Length: > 0 } stored ? stored : null;
}
