using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Upload field: the file's relative URL, or null.</summary>
internal sealed class UploadFieldValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.UploadField];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (MediaUrls.FileUrl(value) is { } url)
        {
            writer.WriteStringValue(url);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
