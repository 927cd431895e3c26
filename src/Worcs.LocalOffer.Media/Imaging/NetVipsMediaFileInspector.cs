using Microsoft.Extensions.Options;
using NetVips;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Media.Configuration;

namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>
/// Reads bytes and extension of any file, and width and height of images, decoding the whole image (at reduced size)
/// so a truncated or crafted file is refused at import rather than at its first resize.
/// </summary>
internal sealed class NetVipsMediaFileInspector(IOptions<MediaSettings> settings) : IMediaFileInspector
{
    public MediaFileFacts Inspect(string filePath)
    {
        var facts = MediaFileFacts.OfFile(filePath);
        if (!VipsImages.IsImage(filePath))
        {
            return facts;
        }

        var (width, height) = VipsImages.Measure(filePath, settings.Value.MaxInputPixels);
        try
        {
            // Shrink-on-load still reads every byte of the compressed data, so truncation is found cheaply.
            using var decoded = Image.Thumbnail(filePath, 64, height: 64, failOn: Enums.FailOn.Error);
            _ = decoded.Avg();
        }
        catch (VipsException exception)
        {
            throw VipsImages.Unreadable(Path.GetFileName(filePath), exception);
        }

        return facts with { Width = width, Height = height };
    }
}
