using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.ImageCropper: an uploaded image with its focal point and crops, stored as Umbraco 17 stores it:
/// <c>{"src":"/media/abc123/hall.jpg","crops":[{"alias":"thumb","width":200,"height":200,"coordinates":{"x1":0.1,"y1":0,"x2":0.2,"y2":0}}],"focalPoint":{"left":0.5,"top":0.4}}</c>.
/// Configuration: <c>crops</c>, a list of <c>{"alias","width","height"}</c>. Crop coordinates are the fractions
/// cut from the left, top, right and bottom edges.
/// </summary>
public sealed class ImageCropperPropertyEditor : PropertyEditor
{
    private const string Example = """{"src":"/media/abc123/hall.jpg","crops":[],"focalPoint":{"left":0.5,"top":0.5}}""";

    // Umbraco's default Umbraco:CMS:Content:Imaging:ImageFileTypes.
    private static readonly FrozenSet<string> ImageExtensions = new[] { "jpeg", "jpg", "gif", "bmp", "png", "tiff", "tif", "webp" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override string Alias => PropertyEditorAliases.ImageCropper;

    public override bool IsEmpty(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        return JsonValues.TryParse(value, out var node, out _)
            && (JsonValues.IsNull(node) || (node is JsonObject json && string.IsNullOrWhiteSpace(JsonValues.GetString(json, "src"))));
    }

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The image {parseError}; expected JSON like {Example}.")];
        }

        if (node is not JsonObject json || !JsonValues.TryGetOptionalString(json["src"], out var src))
        {
            return [new ValidationError(context.Path, $"The image is {JsonValues.Describe(node)} without a text 'src'; expected JSON like {Example}.")];
        }

        var errors = new List<ValidationError>();
        if ((UploadFieldPropertyEditor.CheckPath(src!) ?? CheckImageExtension(src!)) is { } pathProblem)
        {
            errors.Add(new ValidationError($"{context.Path}.src", pathProblem));
        }

        errors.AddRange(CheckFocalPoint(json["focalPoint"], $"{context.Path}.focalPoint"));
        errors.AddRange(CheckCrops(json["crops"], ConfiguredCrops(context.Configuration), $"{context.Path}.crops"));
        return errors;
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (source.Alias == PropertyEditorAliases.UploadField)
        {
            var candidate = JsonValues.Serialize(new JsonObject { ["src"] = value!.Trim(), ["crops"] = new JsonArray(), ["focalPoint"] = null });
            return ValueConversion.Accept(this, source, candidate, context, out converted, out reason);
        }

        return base.TryConvertFrom(source, value, context, out converted, out reason);
    }

    /// <summary>
    /// The crops configured on an image cropper or media picker data type, in their order, the first of each alias
    /// (aliases compare ignoring case).
    /// </summary>
    public static IReadOnlyList<ConfiguredCrop> ConfiguredCrops(JsonObject? configuration) =>
        [.. (JsonValues.GetArray(configuration, "crops") ?? [])
            .OfType<JsonObject>()
            .Select(crop => new ConfiguredCrop(JsonValues.GetString(crop, "alias") ?? "", JsonValues.GetInt(crop, "width") ?? 0, JsonValues.GetInt(crop, "height") ?? 0))
            .Where(crop => !string.IsNullOrWhiteSpace(crop.Alias))
            .DistinctBy(crop => crop.Alias, StringComparer.OrdinalIgnoreCase)];

    private static string? CheckImageExtension(string src)
    {
        var extension = Path.GetExtension(src).TrimStart('.');
        return ImageExtensions.Contains(extension)
            ? null
            : $"{ValueText.Quote(src)} is not an image; expected one of: {string.Join(", ", ImageExtensions.Order().Select(item => "." + item))}.";
    }

    private static IEnumerable<ValidationError> CheckFocalPoint(JsonNode? focalPoint, string path)
    {
        if (JsonValues.IsNull(focalPoint))
        {
            yield break;
        }

        if (focalPoint is not JsonObject point)
        {
            yield return new ValidationError(path, $"The focal point is {JsonValues.Describe(focalPoint)}; expected {{\"left\":0.5,\"top\":0.5}}.");
            yield break;
        }

        foreach (var name in new[] { "left", "top" })
        {
            if (Fraction(point[name]) is null)
            {
                yield return new ValidationError($"{path}.{name}", $"'{name}' must be a number from 0 to 1 (a fraction of the image's {(name == "left" ? "width" : "height")}).");
            }
        }
    }

    private static IEnumerable<ValidationError> CheckCrops(JsonNode? crops, IReadOnlyList<ConfiguredCrop> configured, string path)
    {
        if (JsonValues.IsNull(crops))
        {
            yield break;
        }

        if (crops is not JsonArray items)
        {
            yield return new ValidationError(path, $"The crops are {JsonValues.Describe(crops)}; expected an array.");
            yield break;
        }

        for (var index = 0; index < items.Count; index++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            var crop = items[index] as JsonObject;
            var alias = crop is null ? null : JsonValues.GetString(crop, "alias");
            if (alias is null || !configured.Any(known => string.Equals(known.Alias, alias, StringComparison.OrdinalIgnoreCase)))
            {
                var names = configured.Count == 0 ? "none are configured" : "expected one of: " + string.Join(", ", configured.Select(known => known.Alias));
                yield return new ValidationError($"{itemPath}.alias", $"{ValueText.Quote(alias ?? "")} is not a crop of this data type; {names}.");
                continue;
            }

            if (crop!["coordinates"] is { } coordinates && CheckCoordinates(coordinates) is { } problem)
            {
                yield return new ValidationError($"{itemPath}.coordinates", problem);
            }
        }
    }

    private static string? CheckCoordinates(JsonNode coordinates)
    {
        if (JsonValues.IsNull(coordinates))
        {
            return null;
        }

        string[] names = ["x1", "y1", "x2", "y2"];
        var values = coordinates is JsonObject box ? names.Select(name => Fraction(box[name])).ToArray() : [];
        if (values.Length != 4 || values.Any(item => item is null))
        {
            return "Crop coordinates must be {\"x1\",\"y1\",\"x2\",\"y2\"}, each a number from 0 to 1.";
        }

        return values[0] + values[2] >= 1 || values[1] + values[3] >= 1
            ? "The crop removes the whole image: x1 + x2 and y1 + y2 must each be less than 1."
            : null;
    }

    private static decimal? Fraction(JsonNode? node) =>
        JsonValues.AsDecimal(node) is { } number && number is >= 0 and <= 1 ? number : null;
}
