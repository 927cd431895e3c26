using System.Text.Json;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Content picker: the picked document as a nested item (properties only when expanded), or null.</summary>
internal sealed class ContentPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.ContentPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        var render = context.Render;
        if (!TryReadKey(value, out var key)
            || render.Snapshot.Documents.Find(key) is not { } picked
            || !context.Items.IsDeliverable(picked, render))
        {
            writer.WriteNullValue();
            return;
        }

        var expand = context.Expanded ? context.NestedExpand : Query.PropertySelection.None;
        var fields = context.Expanded ? context.NestedFields : Query.PropertySelection.None;
        context.Items.WriteContent(writer, picked, expand, fields, context.Depth, render, topLevel: false);
    }

    /// <summary>A UDI (<c>umb://document/…</c>) or a bare GUID.</summary>
    public static bool TryReadKey(string? value, out Guid key)
    {
        key = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (Udi.TryParse(value.Trim(), out var udi))
        {
            key = udi.Key;
            return true;
        }

        return Guid.TryParse(value.Trim(), out key);
    }
}
