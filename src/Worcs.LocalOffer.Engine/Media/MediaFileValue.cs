using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.Media;

/// <summary>The media-folder-relative path in an <c>umbracoFile</c> value: an upload field's path or an image cropper's <c>src</c>.</summary>
public static class MediaFileValue
{
    private const string Prefix = "/media/";

    /// <summary><c>abc123/hall.jpg</c> for <c>/media/abc123/hall.jpg</c> or <c>{"src":"/media/abc123/hall.jpg",…}</c>; null when the value names no media file.</summary>
    public static string? RelativePath(string? stored)
    {
        var url = stored?.Trim();
        if (url is { Length: > 0 } && url[0] == '{')
        {
            try
            {
                url = JsonNode.Parse(url)?["src"] is JsonValue src && src.TryGetValue<string>(out var text) ? text : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return url is not null && url.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && url.Length > Prefix.Length
            ? url[Prefix.Length..]
            : null;
    }
}
