using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Tags: an array of strings, or null when there are none; stored as a JSON array or comma-separated text.</summary>
internal sealed class TagsValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.Tags];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        var tags = StoredLists.Tags(value);
        if (tags.Count == 0)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var tag in tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
    }

}
