using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Multinode tree picker, as Umbraco 17 writes it: an array of the picked documents (properties only when expanded) or,
/// for a media start node, of media items without crops; <c>null</c> when nothing is stored, as for any property without a value. Items of another entity type than the
/// start node's, missing or not delivered are left out. A member start node gives <c>"(unsupported)"</c>: Umbraco never
/// exposes members through the Delivery API.
/// </summary>
internal sealed class MultiNodeTreePickerValueWriter : IPropertyValueWriter
{
    public const string Unsupported = "(unsupported)";

    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MultiNodeTreePicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        var entityType = MultiNodeTreePickerPropertyEditor.PickedEntityType(context.Property.ConfigurationJson);
        if (entityType == UdiEntityTypes.Member)
        {
            writer.WriteStringValue(Unsupported);
            return;
        }

        var render = context.Render;
        var expand = context.Expanded ? context.NestedExpand : PropertySelection.None;
        var fields = context.Expanded ? context.NestedFields : PropertySelection.None;
        writer.WriteStartArray();
        foreach (var text in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Udi.TryParse(text, out var udi) || !string.Equals(udi.EntityType, entityType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entityType == UdiEntityTypes.Media)
            {
                if (render.Snapshot.Media.Find(udi.Key) is { } media)
                {
                    context.Items.WriteMedia(writer, media, crops: null, topLevel: false, context.Expanded, expand, context.NestedFields, context.Depth, render);
                }
            }
            else if (render.Snapshot.Documents.Find(udi.Key) is { } document && context.Items.IsDeliverable(document, render))
            {
                context.Items.WriteContent(writer, document, expand, fields, context.Depth, render, topLevel: false);
            }
        }

        writer.WriteEndArray();
    }
}
