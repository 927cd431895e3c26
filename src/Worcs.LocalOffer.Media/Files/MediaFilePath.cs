using Worcs.LocalOffer.Engine.Media;

namespace Worcs.LocalOffer.Media.Files;

/// <summary>Turns stored <c>umbracoFile</c> values and request paths into plain media-root-relative paths, refusing anything that could climb out.</summary>
public static class MediaFilePath
{
    /// <summary>The relative path of an upload field value or an image cropper's <c>src</c>; null when there is none or it is not plain.</summary>
    public static string? FromStoredValue(string? stored) => Normalise(MediaFileValue.RelativePath(stored));

    /// <summary>
    /// The path as given when every segment is a plain name: no <c>.</c> or <c>..</c> segments, no empty segments, no
    /// backslashes, colons or control characters, and no hidden (dot) names. Null otherwise.
    /// </summary>
    public static string? Normalise(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Length > 1024 || relative.Any(character => char.IsControl(character) || character is '\\' or ':'))
        {
            return null;
        }

        var segments = relative.Split('/');
        return segments.All(segment => segment.Length > 0 && segment[0] != '.' && segment.Trim().Length == segment.Length) ? relative : null;
    }
}
