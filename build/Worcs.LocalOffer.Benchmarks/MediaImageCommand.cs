using NetVips;

namespace Worcs.LocalOffer.Benchmarks;

/// <summary>
/// <c>media-image &lt;path&gt; [width] [height]</c>: writes a photo-like JPEG (gradients plus noise, so it compresses
/// like a photograph rather than a flat colour) for the media benchmark.
/// </summary>
internal static class MediaImageCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("Usage: media-image <path> [width 4000] [height 3000]");
            return 2;
        }

        var width = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4000;
        var height = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3000;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[0]))!);
        using var xy = Image.Xyz(width, height);
        using var gradient = xy.Linear([255.0 / width, 255.0 / height], [0.0, 0.0]);
        using var noise = Image.Gaussnoise(width, height, sigma: 40, mean: 128);
        using var bands = gradient.Bandjoin(noise);
        using var pixels = bands.Cast(Enums.BandFormat.Uchar);
        using var photo = pixels.Copy(interpretation: Enums.Interpretation.Srgb);
        photo.WriteToFile(args[0] + "[Q=85]");
        Console.WriteLine($"{args[0]}: {width} x {height}, {new FileInfo(args[0]).Length} bytes");
        return 0;
    }
}
