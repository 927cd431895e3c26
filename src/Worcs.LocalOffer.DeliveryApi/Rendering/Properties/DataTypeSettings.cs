using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Reads a data type's configuration the way Umbraco's configuration objects bind it.</summary>
internal static class DataTypeSettings
{
    /// <summary>A flag: true, "true" or 1; anything else (or missing) is false, as an unset bool is in Umbraco.</summary>
    public static bool Flag(PropertyValueContext context, string key) =>
        context.Property.Configuration.TryGetProperty(key, out var node) && node.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => node.TryGetDecimal(out var number) && number != 0,
            JsonValueKind.String => node.GetString()?.Trim() is "1" || string.Equals(node.GetString()?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    public static string? Text(PropertyValueContext context, string key) =>
        context.Property.Configuration.TryGetProperty(key, out var node) && node.ValueKind == JsonValueKind.String ? node.GetString() : null;
}
