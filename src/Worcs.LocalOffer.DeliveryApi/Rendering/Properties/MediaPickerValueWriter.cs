using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// MediaPicker3: always an array, <c>[]</c> when empty, as Umbraco's <c>MediaPickerWithCropsValueConverter</c> gives it: only the
/// first found item unless the data type allows several, each with the picker's crops and focal point merged over the media's own.
/// </summary>
internal sealed class MediaPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MediaPicker3];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        writer.WriteStartArray();
        var items = StoredJson.TryParse(value, out var node) && node is JsonArray array ? array.OfType<JsonObject>()
            : LegacyMediaUdis.TryRead(value, out var legacyKeys) ? legacyKeys.Select(key => new JsonObject { ["mediaKey"] = key.ToString("D") })
            : null;
        if (items is not null)
        {
            foreach (var item in items)
            {
                if (StoredJson.Guid(item["mediaKey"]) is { } mediaKey && context.Render.Snapshot.Media.Find(mediaKey) is { } media)
                {
                    var crops = MediaCrops.Picked(item, context.Property.Crops, media);
                    var expand = context.Expanded ? context.NestedExpand : PropertySelection.None;
                    context.Items.WriteMedia(writer, media, crops, topLevel: false, context.Expanded, expand, context.NestedFields, context.Depth, context.Render);
                    if (context.Property.Crops?.Multiple != true)
                    {
                        break;
                    }
                }
            }
        }

        writer.WriteEndArray();
    }
}
