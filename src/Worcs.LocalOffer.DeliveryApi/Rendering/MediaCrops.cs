using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>The <c>focalPoint</c> and <c>crops</c> of a media item, from a picker's local values.</summary>
internal sealed record MediaCrops(JsonNode? FocalPoint, JsonArray? Crops)
{
    public static MediaCrops None { get; } = new(null, null);

    public void Write(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("focalPoint");
        if (FocalPoint is JsonObject point)
        {
            writer.WriteStartObject();
            writer.WriteNumber("left", point["left"]?.GetValue<decimal>() ?? 0.5m);
            writer.WriteNumber("top", point["top"]?.GetValue<decimal>() ?? 0.5m);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("crops");
        writer.WriteStartArray();
        foreach (var crop in Crops ?? [])
        {
            if (crop is JsonObject entry)
            {
                WriteCrop(writer, entry);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteCrop(Utf8JsonWriter writer, JsonObject crop)
    {
        writer.WriteStartObject();
        writer.WriteString("alias", crop["alias"]?.ToString());
        writer.WriteNumber("width", crop["width"]?.GetValue<int>() ?? 0);
        writer.WriteNumber("height", crop["height"]?.GetValue<int>() ?? 0);
        writer.WritePropertyName("coordinates");
        if (crop["coordinates"] is JsonObject coordinates)
        {
            writer.WriteStartObject();
            foreach (var name in new[] { "x1", "y1", "x2", "y2" })
            {
                writer.WriteNumber(name, coordinates[name]?.GetValue<decimal>() ?? 0);
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
