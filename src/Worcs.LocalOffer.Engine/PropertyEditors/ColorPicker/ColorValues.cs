using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Hex colours as the colour editors store and configure them.</summary>
internal static partial class ColorValues
{
    /// <summary>A configured swatch: its colour as configured (often without '#') and its label.</summary>
    public sealed record Swatch(string Value, string Label);

    /// <summary>The <c>items</c> of a Umbraco.ColorPicker data type, such as <c>[{"value":"1E90FF","label":"Blue"}]</c>.</summary>
    public static IReadOnlyList<Swatch> Swatches(JsonObject configuration) =>
        [.. (JsonValues.GetArray(configuration, "items") ?? [])
            .OfType<JsonObject>()
            .Select(item => JsonValues.GetString(item, "value") is { } value ? new Swatch(value, JsonValues.GetString(item, "label") ?? value) : null)
            .OfType<Swatch>()];

    /// <summary>True for a hex colour of 3, 6 or 8 digits, with or without a leading '#'.</summary>
    public static bool IsHex(string value) => HexPattern().IsMatch(value);

    /// <summary>The form colours are compared in: '#' and lower case, as Umbraco compares a picked colour with the swatches.</summary>
    public static string Normalize(string value)
    {
        var trimmed = value.Trim().ToLowerInvariant();
        return trimmed.StartsWith('#') ? trimmed : "#" + trimmed;
    }

    [GeneratedRegex("^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();
}
