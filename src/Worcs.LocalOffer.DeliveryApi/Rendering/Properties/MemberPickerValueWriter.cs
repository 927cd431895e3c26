using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Member picker: always <c>"(unsupported)"</c>, as Umbraco 17 writes it so that member data never leaks.</summary>
internal sealed class MemberPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MemberPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context) =>
        writer.WriteStringValue(MultiNodeTreePickerValueWriter.Unsupported);
}
