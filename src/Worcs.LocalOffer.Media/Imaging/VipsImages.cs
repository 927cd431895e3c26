using NetVips;
using Worcs.LocalOffer.Engine.Media;

namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>Opening images with libvips safely: errors become <see cref="InvalidMediaFileException"/>s naming the file, and oversized images are refused before decoding.</summary>
internal static class VipsImages
{
    /// <summary>File types libvips decodes here and the site resizes.</summary>
    public static readonly string[] Extensions = ["jpg", "jpeg", "png", "gif", "webp", "tif", "tiff"];

    static VipsImages()
    {
        // Files change under the same name when re-uploaded; libvips must not answer from an old open handle.
        Cache.MaxFiles = 0;
        Cache.Max = 0;
    }

    public static bool IsImage(string path) => Extensions.Contains(Path.GetExtension(path).TrimStart('.').ToLowerInvariant());

    /// <summary>Reads the header only and returns the size as displayed (EXIF rotations of 90° swap width and height).</summary>
    public static (int Width, int Height) Measure(string path, long maxPixels)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var image = Image.NewFromFile(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            if ((long)image.Width * image.Height > maxPixels)
            {
                throw new InvalidMediaFileException($"image '{name}' is {image.Width} × {image.Height} pixels, more than the limit of {maxPixels} pixels.");
            }

            var rotated = image.Contains("orientation") && image.Get("orientation") is int orientation && orientation is >= 5 and <= 8;
            return rotated ? (image.Height, image.Width) : (image.Width, image.Height);
        }
        catch (VipsException exception)
        {
            throw Unreadable(name, exception);
        }
    }

    public static InvalidMediaFileException Unreadable(string name, VipsException exception) =>
        new($"image '{name}' cannot be read: {FirstLine(exception.Message)}", exception);

    private static string FirstLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "unknown error" : string.Join("; ", lines.Take(3));
    }
}
