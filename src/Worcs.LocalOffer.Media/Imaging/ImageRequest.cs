using System.Globalization;
using Microsoft.AspNetCore.Http;
using Worcs.LocalOffer.Media.Configuration;

namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>
/// A resize request in Umbraco's (ImageSharp.Web's) query string: <c>width</c>, <c>height</c>, <c>rmode</c>,
/// <c>ranchor</c>, <c>rxy</c> (focal point), <c>cc</c> (crop coordinates: the fractions cut from the left, top, right
/// and bottom), <c>format</c> and <c>quality</c>. Other parameters, such as the cache buster <c>v</c>, are ignored as
/// ImageSharp.Web ignores them.
/// </summary>
internal sealed record ImageRequest(
    int? Width,
    int? Height,
    ResizeMode Mode,
    Anchor Anchor,
    (double X, double Y)? FocalPoint,
    (double Left, double Top, double Right, double Bottom)? Crop,
    string? Format,
    int? Quality)
{
    public static readonly string[] Formats = ["jpg", "jpeg", "png", "gif", "webp"];

    private static readonly string[] Names = ["width", "height", "rmode", "ranchor", "rxy", "cc", "format", "quality"];

    public static bool Applies(IQueryCollection query) => Names.Any(query.ContainsKey);

    /// <summary>A stable text of the request, for cache keys: the same picture always gives the same text.</summary>
    public string Normalised(string outputFormat, int quality) => string.Create(CultureInfo.InvariantCulture,
        $"w={Width};h={Height};m={Mode};a={Anchor};xy={FocalPoint};cc={Crop};f={outputFormat};q={quality}");

    public static ImageRequest Parse(IQueryCollection query, MediaSettings settings)
    {
        var width = Size(query, "width", settings.MaxWidth);
        var height = Size(query, "height", settings.MaxHeight);
        var mode = Named(query, "rmode", ResizeMode.Crop);
        var anchor = Named(query, "ranchor", Anchor.Center);
        var focal = Fractions(query, "rxy", 2, "two numbers from 0 to 1, like 0.5,0.3");
        var crop = Fractions(query, "cc", 4, "four numbers from 0 to 1 (left, top, right, bottom), like 0.1,0,0.1,0.2");
        if (crop is { } box && (box[0] + box[2] >= 1 || box[1] + box[3] >= 1))
        {
            throw new ImageRequestException("cc", "The crop removes the whole image: left + right and top + bottom must each be less than 1.");
        }

        var format = Text(query, "format")?.ToLowerInvariant();
        if (format is not null && !Formats.Contains(format))
        {
            throw new ImageRequestException("format", $"'{format}' is not a supported format; expected one of: {string.Join(", ", Formats)}.");
        }

        var quality = Number(query, "quality", 1, 100);
        return new ImageRequest(width, height, mode, anchor, focal is null ? null : (focal[0], focal[1]), crop is null ? null : (crop[0], crop[1], crop[2], crop[3]), format == "jpeg" ? "jpg" : format, quality);
    }

    private static string? Text(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw new ImageRequestException(name, $"'{name}' is given {values.Count} times; give it once.");
        }

        return string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    private static int? Size(IQueryCollection query, string name, int max)
    {
        var size = Number(query, name, 0, max);
        return size is 0 ? null : size;
    }

    private static int? Number(IQueryCollection query, string name, int min, int max)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ImageRequestException(name, $"'{text}' is not allowed for '{name}'; expected a whole number from {min} to {max}.");
    }

    private static T Named<T>(IQueryCollection query, string name, T fallback)
        where T : struct, Enum
    {
        var text = Text(query, name);
        if (text is null)
        {
            return fallback;
        }

        return !text.All(char.IsLetter) || !Enum.TryParse<T>(text, ignoreCase: true, out var value)
            ? throw new ImageRequestException(name, $"'{text}' is not a value of '{name}'; expected one of: {string.Join(", ", Enum.GetNames<T>().Select(item => item.ToLowerInvariant()))}.")
            : value;
    }

    private static double[]? Fractions(IQueryCollection query, string name, int count, string expected)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        var values = new double[parts.Length];
        for (var index = 0; index < parts.Length; index++)
        {
            if (!double.TryParse(parts[index], NumberStyles.Float, CultureInfo.InvariantCulture, out values[index]) || !(values[index] is >= 0 and <= 1))
            {
                values = [];
                break;
            }
        }

        return values.Length == count ? values : throw new ImageRequestException(name, $"'{text}' is not allowed for '{name}'; expected {expected}.");
    }
}
