using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Image cropper: Umbraco's <c>ApiImageCropperValue</c>, <c>{url, focalPoint, crops}</c> with the data type's crops, or null when empty.</summary>
internal sealed class ImageCropperValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.ImageCropper];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (MediaUrls.FileUrl(value) is not { Length: > 0 } url)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("url", url);
        MediaCrops.OfCropperValue(value, context.Property.Crops).Write(writer);
        writer.WriteEndObject();
    }
}
