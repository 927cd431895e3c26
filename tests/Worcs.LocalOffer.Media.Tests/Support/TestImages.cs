using NetVips;

namespace Worcs.LocalOffer.Media.Tests.Support;

/// <summary>Pictures made on the fly with libvips, so the tests need no binary fixtures.</summary>
internal static class TestImages
{
    /// <summary>A gradient of <paramref name="width"/> × <paramref name="height"/> saved to <paramref name="path"/> in the format its extension names.</summary>
    public static void Write(string path, int width, int height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var x = Image.Xyz(width, height);
        using var scaled = x.Linear([255.0 / width, 255.0 / height], [0.0, 0.0]);
        using var bands = scaled.Bandjoin(128);
        using var rgb = bands.Cast(Enums.BandFormat.Uchar);
        using var srgb = rgb.Copy(interpretation: Enums.Interpretation.Srgb);
        srgb.WriteToFile(path);
    }

    /// <summary>The first half of a freshly written JPEG: the header reads, the pixels do not.</summary>
    public static void WriteTruncatedJpeg(string path, int width, int height)
    {
        Write(path, width, height);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    public static (int Width, int Height, string Loader) Decode(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error);
        _ = image.Avg();
        return (image.Width, image.Height, (string)image.Get("vips-loader"));
    }
}
