using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// Repeatable text strings, as Umbraco's converter gives them: an array with one string per stored line (blank lines
/// kept, as Umbraco keeps them); the <c>&lt;value&gt;</c> XML of sites upgraded from Umbraco 7 is read too; null when empty.
/// </summary>
internal sealed class MultipleTextstringValueWriter : IPropertyValueWriter
{
    private const string ValueTag = "<value>";

    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.MultipleTextstring];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var text in Read(value))
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    public static IReadOnlyList<string> Read(string value)
    {
        var fromXml = new List<string>();
        for (var start = value.IndexOf(ValueTag, StringComparison.Ordinal); start >= 0; start = value.IndexOf(ValueTag, start, StringComparison.Ordinal))
        {
            start += ValueTag.Length;
            var end = value.IndexOf('<', start);
            if (end < 0)
            {
                break;
            }

            fromXml.Add(value[start..end]);
        }

        return fromXml.Count > 0 ? fromXml : MultipleTextstringPropertyEditor.Lines(value);
    }
}
