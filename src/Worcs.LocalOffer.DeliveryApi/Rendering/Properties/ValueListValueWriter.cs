using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Dropdown, checkbox list and radio button list, as Umbraco's converters give them: a dropdown with <c>multiple</c>
/// and a checkbox list as an array of strings, a single dropdown as its one string (<c>""</c> when nothing is chosen),
/// a radio button list as its string; null when empty.
/// </summary>
internal sealed class ValueListValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases =>
        [PropertyEditorAliases.DropDownFlexible, PropertyEditorAliases.CheckBoxList, PropertyEditorAliases.RadioButtonList];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        var editor = context.Property.EditorAlias;
        if (string.Equals(editor, PropertyEditorAliases.RadioButtonList, StringComparison.OrdinalIgnoreCase))
        {
            writer.WriteStringValue(value);
            return;
        }

        var choices = StoredLists.Chosen(value);
        if (string.Equals(editor, PropertyEditorAliases.CheckBoxList, StringComparison.OrdinalIgnoreCase) || DataTypeSettings.Flag(context, "multiple"))
        {
            writer.WriteStartArray();
            foreach (var choice in choices)
            {
                writer.WriteStringValue(choice);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStringValue(choices.Count > 0 ? choices[0] : "");
        }
    }
}
