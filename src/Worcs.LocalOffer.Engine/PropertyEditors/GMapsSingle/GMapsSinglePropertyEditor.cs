using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Our.Umbraco.GMaps.Single: a map location, <c>{"address":{…,"coordinates":{"lat","lng"}},"mapconfig":{"zoom","maptype","centerCoordinates"}}</c>.
/// The legacy shape (<c>address.latlng</c> and <c>mapconfig.mapcenter</c> as "lat,lng" text, zoom as text) is accepted too.
/// The configuration (<c>apikey</c>, <c>location</c>, <c>zoom</c>, <c>maptype</c>, <c>hideMap</c>) only affects the backoffice
/// map; it is never read here, so the API key cannot appear in a message.
/// </summary>
public sealed class GMapsSinglePropertyEditor : PropertyEditor
{
    private const string MapTypePrefix = "google.maps.maptypeid.";

    private static readonly string[] MapTypes = ["roadmap", "satellite", "hybrid", "terrain", "styled_map"];

    private static readonly string[] AddressFields = ["full_address", "streetNumber", "street", "postalcode", "city", "state", "country"];

    public override string Alias => PropertyEditorAliases.GMapsSingle;

    public override bool IsEmpty(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!JsonValues.TryParse(value, out var node, out _))
        {
            return false;
        }

        if (JsonValues.IsNull(node))
        {
            return true;
        }

        return node is JsonObject json
            && (JsonValues.IsNull(json["address"])
                || (json["address"] is JsonObject address
                    && JsonValues.IsNull(address["coordinates"])
                    && JsonValues.IsNull(address["latlng"])
                    && JsonValues.TryGetOptionalString(address["full_address"], out var fullAddress)
                    && string.IsNullOrWhiteSpace(fullAddress)));
    }

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The map location {parseError}; expected JSON with an address and its coordinates.")];
        }

        if (node is not JsonObject json)
        {
            return [new ValidationError(context.Path, $"The map location is {JsonValues.Describe(node)}; expected a JSON object with an address and its coordinates.")];
        }

        var errors = new List<ValidationError>();
        CheckAddress(json["address"], $"{context.Path}.address", errors);
        CheckMapConfig(json["mapconfig"], $"{context.Path}.mapconfig", errors);
        return errors;
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason) =>
        source.IsEmpty(value)
            ? ValueConversion.Empty(out converted, out reason)
            : ValueConversion.Accept(this, source, value!, context, out converted, out reason);

    private static void CheckAddress(JsonNode? node, string path, List<ValidationError> errors)
    {
        if (node is not JsonObject address)
        {
            errors.Add(new ValidationError(path, $"The address is {JsonValues.Describe(node)}; expected an object with coordinates."));
            return;
        }

        foreach (var field in AddressFields)
        {
            if (address[field] is { } text && text.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
            {
                errors.Add(new ValidationError($"{path}.{field}", $"The {field} is {JsonValues.Describe(text)}; expected text."));
            }
        }

        if (!JsonValues.IsNull(address["coordinates"]))
        {
            CheckCoordinates(address["coordinates"], $"{path}.coordinates", errors);
        }
        else if (!JsonValues.IsNull(address["latlng"]))
        {
            CheckLatLngText(address["latlng"], $"{path}.latlng", errors);
        }
        else
        {
            errors.Add(new ValidationError(path, "The address has no coordinates; expected \"coordinates\":{\"lat\":…,\"lng\":…}."));
        }
    }

    private static void CheckMapConfig(JsonNode? node, string path, List<ValidationError> errors)
    {
        if (JsonValues.IsNull(node))
        {
            return;
        }

        if (node is not JsonObject mapConfig)
        {
            errors.Add(new ValidationError(path, $"The map settings are {JsonValues.Describe(node)}; expected an object with zoom, maptype and centerCoordinates."));
            return;
        }

        if (!JsonValues.IsNull(mapConfig["zoom"]) && !IsZoom(JsonValues.AsDecimal(mapConfig["zoom"])))
        {
            errors.Add(new ValidationError($"{path}.zoom", $"The zoom is {Describe(mapConfig["zoom"])}; expected a whole number from 0 to 22."));
        }

        if (!JsonValues.IsNull(mapConfig["maptype"]) && !IsMapType(mapConfig["maptype"]))
        {
            errors.Add(new ValidationError($"{path}.maptype", $"The map type is {Describe(mapConfig["maptype"])}; expected one of {string.Join(", ", MapTypes)}."));
        }

        if (!JsonValues.IsNull(mapConfig["centerCoordinates"]))
        {
            CheckCoordinates(mapConfig["centerCoordinates"], $"{path}.centerCoordinates", errors);
        }
        else if (!JsonValues.IsNull(mapConfig["mapcenter"]))
        {
            CheckLatLngText(mapConfig["mapcenter"], $"{path}.mapcenter", errors);
        }
    }

    private static void CheckCoordinates(JsonNode? node, string path, List<ValidationError> errors)
    {
        if (node is not JsonObject coordinates)
        {
            errors.Add(new ValidationError(path, $"The coordinates are {JsonValues.Describe(node)}; expected {{\"lat\":…,\"lng\":…}}."));
            return;
        }

        CheckRange(JsonValues.AsDecimal(coordinates["lat"]), Describe(coordinates["lat"]), "latitude", 90, $"{path}.lat", errors);
        CheckRange(JsonValues.AsDecimal(coordinates["lng"]), Describe(coordinates["lng"]), "longitude", 180, $"{path}.lng", errors);
    }

    private static void CheckLatLngText(JsonNode? node, string path, List<ValidationError> errors)
    {
        var parts = JsonValues.TryGetOptionalString(node, out var text) && text is not null ? text.Split(',') : [];
        if (parts.Length != 2)
        {
            errors.Add(new ValidationError(path, $"The coordinates are {Describe(node)}; expected \"latitude,longitude\", like \"52.19,-2.22\"."));
            return;
        }

        CheckRange(ParseInvariant(parts[0]), ValueText.Quote(parts[0].Trim()), "latitude", 90, path, errors);
        CheckRange(ParseInvariant(parts[1]), ValueText.Quote(parts[1].Trim()), "longitude", 180, path, errors);
    }

    private static void CheckRange(decimal? number, string shown, string name, int limit, string path, List<ValidationError> errors)
    {
        if (number is null || number < -limit || number > limit)
        {
            errors.Add(new ValidationError(
                path,
                string.Create(CultureInfo.InvariantCulture, $"The {name} is {shown}; expected a number from -{limit} to {limit}.")));
        }
    }

    private static bool IsZoom(decimal? zoom) => zoom is >= 0 and <= 22 && zoom == decimal.Truncate(zoom.Value);

    private static bool IsMapType(JsonNode? node)
    {
        if (!JsonValues.TryGetOptionalString(node, out var text) || text is null)
        {
            return false;
        }

        var name = text.StartsWith(MapTypePrefix, StringComparison.OrdinalIgnoreCase) ? text[MapTypePrefix.Length..] : text;
        return MapTypes.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static decimal? ParseInvariant(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static string Describe(JsonNode? node) =>
        node?.GetValueKind() switch
        {
            JsonValueKind.String => ValueText.Quote(node.GetValue<string>()),
            JsonValueKind.Number => node.ToJsonString(),
            _ => JsonValues.Describe(node),
        };
}
