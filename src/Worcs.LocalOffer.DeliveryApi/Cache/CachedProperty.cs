using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// A property of a type with its data type's editor resolved, and the data type's configuration (as stored, and read
/// once as JSON) for the editors whose output depends on it, such as a dropdown's <c>multiple</c> or a grid's columns;
/// for media pickers and image croppers also the crop settings of that data type.
/// </summary>
public sealed record CachedProperty(string Alias, string EditorAlias, string ConfigurationJson = "{}", CropSettings? Crops = null)
{
    private static readonly JsonElement NoConfiguration = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The data type's configuration, a JSON object, for editors whose output depends on it (such as a dropdown's <c>multiple</c>).</summary>
    public JsonElement Configuration { get; init; } = NoConfiguration;

    /// <summary>Reads a data type's stored configuration once; anything that is not a JSON object counts as no configuration.</summary>
    public static JsonElement ReadConfiguration(string? json)
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
