using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// A property of a type with its data type's editor resolved, and the data type's configuration for the editors whose
/// output depends on it, such as a dropdown's <c>multiple</c> or a grid's columns. The parsed forms are read once, when
/// the type catalogue is built.
/// </summary>
public sealed record CachedProperty(string Alias, string EditorAlias, string ConfigurationJson = "{}")
{
    private static readonly JsonElement NoConfiguration = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The configuration as a JSON object; anything that is not one counts as no configuration.</summary>
    public JsonElement Configuration { get; } = ReadConfiguration(ConfigurationJson);

    /// <summary>For media pickers and image croppers, the crop settings of the data type; otherwise null.</summary>
    public CropSettings? Crops { get; } = CropSettings.For(EditorAlias, ConfigurationJson);

    private static JsonElement ReadConfiguration(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : NoConfiguration;
        }
        catch (JsonException)
        {
            return NoConfiguration;
        }
    }
}
