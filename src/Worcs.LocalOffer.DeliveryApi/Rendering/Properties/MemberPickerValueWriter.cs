using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Member picker: <c>"(unsupported)"</c>, as Umbraco 17 writes it so that member data never leaks; <c>null</c> when nothing is stored.</summary>
internal sealed class MemberPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MemberPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(MultiNodeTreePickerValueWriter.Unsupported);
        }
    }
}
