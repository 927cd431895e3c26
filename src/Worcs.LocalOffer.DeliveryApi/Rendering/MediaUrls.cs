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

    public static string? ExtensionOf(CachedNode media)
    {
        var stored = media.GetValue("umbracoExtension");
        if (!string.IsNullOrWhiteSpace(stored))
        {
            return stored.Trim().TrimStart('.').ToLowerInvariant();
        }

        var url = UrlOf(media);
        var extension = url is null ? "" : Path.GetExtension(url.Split('?')[0]);
        return extension.Length > 1 ? extension[1..].ToLowerInvariant() : null;
    }
}
