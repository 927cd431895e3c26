using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>
/// The <c>focalPoint</c> and <c>crops</c> of a media item as Umbraco's Delivery API gives them: from the media's own
/// image cropper value (its data type's crops, with the stored coordinates), and in a media picker merged under the
/// picker's local crops and focal point. Both are null for media without an image cropper (documents, folders).
/// </summary>
internal sealed record MediaCrops(JsonObject? FocalPoint, List<JsonObject>? Crops)
{
    public static MediaCrops None { get; } = new(null, null);

    /// <summary>The media item's own crops and focal point (the media endpoints).</summary>
    public static MediaCrops Of(CachedNode media) =>
        media.Type.ByAlias.GetValueOrDefault("umbracoFile") is { EditorAlias: PropertyEditorAliases.ImageCropper } property
            ? OfCropperValue(media.GetValue("umbracoFile"), property.Crops)
            : None;

    /// <summary>An image cropper value's focal point and its data type's crops with the stored coordinates; <see cref="None"/> when it is not a cropper value.</summary>
    public static MediaCrops OfCropperValue(string? stored, CropSettings? settings) =>
        Parse(stored) is JsonObject value
            ? new MediaCrops(value["focalPoint"] as JsonObject, Apply(settings?.Crops ?? [], value["crops"] as JsonArray))
            : None;

    /// <summary>
    /// A picked item: the picker's configured crops with the locally stored coordinates, its local focal point when
    /// <c>enableLocalFocalPoint</c> is on, then the media's own crops and focal point for what the picker leaves unset.
    /// </summary>
    public static MediaCrops Picked(JsonObject item, CropSettings? picker, CachedNode media)
    {
        var crops = Apply(picker?.Crops ?? [], item["crops"] as JsonArray);
        var focalPoint = picker?.EnableLocalFocalPoint == true ? item["focalPoint"] as JsonObject : null;
        var own = Of(media);
        crops.AddRange((own.Crops ?? []).Where(crop => !crops.Any(local => Alias(local) == Alias(crop))));
        return new MediaCrops(focalPoint ?? own.FocalPoint, crops);
    }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("focalPoint");
        if (FocalPoint is { } point)
        {
            writer.WriteStartObject();
            writer.WriteNumber("left", Decimal(point["left"]) ?? 0.5m);
            writer.WriteNumber("top", Decimal(point["top"]) ?? 0.5m);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("crops");
        if (Crops is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var crop in Crops)
        {
            WriteCrop(writer, crop);
        }

        writer.WriteEndArray();
    }

    private static List<JsonObject> Apply(IReadOnlyList<ConfiguredCrop> configured, JsonArray? stored) =>
        configured.Select(crop => new JsonObject
        {
            ["alias"] = crop.Alias,
            ["width"] = crop.Width,
            ["height"] = crop.Height,
            ["coordinates"] = (stored ?? []).OfType<JsonObject>().FirstOrDefault(item => Alias(item) == crop.Alias)?["coordinates"]?.DeepClone(),
        }).ToList();

    private static string? Alias(JsonObject crop) => crop["alias"] is JsonValue value && value.TryGetValue<string>(out var alias) ? alias : null;

    private static JsonNode? Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored) || stored.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(stored);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static decimal? Decimal(JsonNode? node) => node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    private static void WriteCrop(Utf8JsonWriter writer, JsonObject crop)
    {
        writer.WriteStartObject();
        writer.WriteString("alias", Alias(crop));
        writer.WriteNumber("width", crop["width"]?.GetValue<int>() ?? 0);
        writer.WriteNumber("height", crop["height"]?.GetValue<int>() ?? 0);
        writer.WritePropertyName("coordinates");
        if (crop["coordinates"] is JsonObject coordinates)
        {
            writer.WriteStartObject();
            foreach (var name in new[] { "x1", "y1", "x2", "y2" })
            {
                writer.WriteNumber(name, Decimal(coordinates[name]) ?? 0);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
