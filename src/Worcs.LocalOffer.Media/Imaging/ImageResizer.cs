using NetVips;
using Worcs.LocalOffer.Engine.Media;

namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>Produces the bytes of one resized image with libvips. Throws <see cref="InvalidMediaFileException"/> for an unreadable source.</summary>
internal static class ImageResizer
{
    public const int DefaultQuality = 75;

    /// <summary>The output format: the one asked for, or the source's own.</summary>
    public static string OutputFormat(string sourcePath, ImageRequest request)
    {
        var extension = Path.GetExtension(sourcePath).TrimStart('.').ToLowerInvariant();
        return request.Format ?? extension switch
        {
            "png" or "gif" or "webp" => extension,
            "tif" or "tiff" => "png",
            _ => "jpg",
        };
    }

    public static byte[] Resize(string sourcePath, ResizePlan plan, string format, int quality)
    {
        try
        {
            using var scaled = Image.Thumbnail(sourcePath, plan.ScaledWidth, height: plan.ScaledHeight, size: Enums.Size.Force, failOn: Enums.FailOn.Error);
            using var cut = plan.CutsAnything ? scaled.Crop(plan.Cut.X, plan.Cut.Y, plan.Cut.Width, plan.Cut.Height) : null;
            var picture = cut ?? scaled;
            using var padded = plan.Pads
                ? picture.Embed(plan.Offset.X, plan.Offset.Y, plan.CanvasWidth, plan.CanvasHeight, extend: Enums.Extend.White)
                : null;
            return Encode(padded ?? picture, format, quality);
        }
        catch (VipsException exception)
        {
            throw VipsImages.Unreadable(Path.GetFileName(sourcePath), exception);
        }
    }

    private static byte[] Encode(Image image, string format, int quality)
    {
        switch (format)
        {
            case "jpg":
                using (var flat = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : null)
                {
                    return (flat ?? image).WriteToBuffer(".jpg", new VOption { { "Q", quality }, { "keep", Enums.ForeignKeep.None } });
                }

            case "webp":
                return image.WriteToBuffer(".webp", new VOption { { "Q", quality }, { "keep", Enums.ForeignKeep.None } });
            default:
                return image.WriteToBuffer("." + format, new VOption { { "keep", Enums.ForeignKeep.None } });
        }
    }
}
