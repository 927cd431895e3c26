namespace Worcs.LocalOffer.Engine.Media;

/// <summary>
/// Reads what Umbraco records about an uploaded file (<c>umbracoBytes</c>, <c>umbracoExtension</c> and, for images,
/// <c>umbracoWidth</c> and <c>umbracoHeight</c>) without the caller knowing how images are decoded.
/// </summary>
public interface IMediaFileInspector
{
    /// <summary>
    /// The file's facts. Throws <see cref="InvalidMediaFileException"/> when the file claims to be an image but cannot
    /// be read as one (truncated, crafted, or larger than the configured pixel limit).
    /// </summary>
    MediaFileFacts Inspect(string filePath);
}
