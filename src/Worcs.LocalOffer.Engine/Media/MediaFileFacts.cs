namespace Worcs.LocalOffer.Engine.Media;

/// <summary>
/// What Umbraco stores about a media file: its size in bytes, its lower-case extension without the dot, and the pixel
/// size when it is an image.
/// </summary>
public sealed record MediaFileFacts(long Bytes, string Extension, int? Width, int? Height)
{
    /// <summary>The values by Umbraco's property aliases, as stored strings; width and height only for images.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToValues()
    {
        yield return new(MediaPropertyAliases.Bytes, Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new(MediaPropertyAliases.Extension, Extension);
        if (Width is { } width && Height is { } height)
        {
            yield return new(MediaPropertyAliases.Width, width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return new(MediaPropertyAliases.Height, height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Bytes and extension only: what Umbraco records for a file that is not an image.</summary>
    public static MediaFileFacts OfFile(string filePath) =>
        new(new FileInfo(filePath).Length, Path.GetExtension(filePath).TrimStart('.').ToLowerInvariant(), null, null);
}
