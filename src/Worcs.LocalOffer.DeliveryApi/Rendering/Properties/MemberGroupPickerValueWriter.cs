using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Member group picker: Umbraco 17 writes the names of the picked groups that exist, or null when no id is picked. This
/// site has no member groups, so picked ids give <c>[]</c>.
/// </summary>
internal sealed class MemberGroupPickerValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MemberGroupPicker];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        var picked = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Any(id => int.TryParse(id, CultureInfo.InvariantCulture, out var groupId) && groupId > 0);
        if (!picked)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        writer.WriteEndArray();
    }
}
