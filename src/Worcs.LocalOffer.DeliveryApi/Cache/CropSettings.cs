using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>A configured crop of an image cropper or media picker data type.</summary>
public sealed record ConfiguredCrop(string Alias, int Width, int Height);

/// <summary>
/// What an image cropper or media picker data type says about crops: its <c>crops</c> in order, and for a media picker
/// <c>enableLocalFocalPoint</c> and <c>multiple</c>. Read once when the type catalogue is built.
/// </summary>
public sealed record CropSettings(IReadOnlyList<ConfiguredCrop> Crops, bool EnableLocalFocalPoint, bool Multiple)
{
    public static CropSettings? For(string editorAlias, string configurationJson)
    {
        if (editorAlias is not (PropertyEditorAliases.MediaPicker3 or PropertyEditorAliases.ImageCropper))
        {
            return null;
        }

        JsonObject? configuration;
        try
        {
            configuration = JsonNode.Parse(configurationJson) as JsonObject;
        }
        catch (JsonException)
        {
            configuration = null;
        }

        var crops = (configuration?["crops"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(crop => new ConfiguredCrop(Text(crop["alias"]) ?? "", Number(crop["width"]), Number(crop["height"])))
            .Where(crop => crop.Alias.Length > 0)
            .ToList();
        return new CropSettings(crops, Flag(configuration?["enableLocalFocalPoint"]), Flag(configuration?["multiple"]));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Number(JsonNode? node) =>
        node is JsonValue value && (value.TryGetValue<int>(out var number) || (int.TryParse(Text(node), out number))) ? number : 0;

    private static bool Flag(JsonNode? node) =>
        node is JsonValue value && ((value.TryGetValue<bool>(out var flag) && flag) || Text(node) is "1" or "true" or "True");
}
