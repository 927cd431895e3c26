using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>User picker: the stored user id as a number, or null when empty; Umbraco 17 has no converter for it and writes the stored id.</summary>
internal sealed class UserPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.UserPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
