using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

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

        return new CropSettings(ImageCropperPropertyEditor.ConfiguredCrops(configuration), Flag(configuration?["enableLocalFocalPoint"]), Flag(configuration?["multiple"]));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Flag(JsonNode? node) =>
        node is JsonValue value && ((value.TryGetValue<bool>(out var flag) && flag) || Text(node) is "1" or "true" or "True");
}
