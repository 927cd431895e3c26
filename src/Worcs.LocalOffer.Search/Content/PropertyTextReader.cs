using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>Reads a stored property value, in its editor's Umbraco storage format, into <see cref="PropertyText"/>.</summary>
internal static class PropertyTextReader
{
    public static PropertyText Read(string editorAlias, string? value)
    {
        var result = new PropertyText();
        if (string.IsNullOrWhiteSpace(value))
        {
            return result;
        }

        switch (editorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
                result.Texts.Add(value);
                break;
            case PropertyEditorAliases.RichText:
                ReadRichText(value, result);
                break;
            case PropertyEditorAliases.Tags:
                result.Tags.AddRange(ReadTags(value));
                break;
            case PropertyEditorAliases.DateOnly:
            case PropertyEditorAliases.DateTime:
            case PropertyEditorAliases.DateTimeUnspecified:
            case PropertyEditorAliases.DateTimeWithTimeZone:
                result.Date = ReadDate(value);
                break;
            case PropertyEditorAliases.Integer:
            case PropertyEditorAliases.Decimal:
            case PropertyEditorAliases.TrueFalse:
            case PropertyEditorAliases.ContentPicker:
            case PropertyEditorAliases.UploadField:
            case PropertyEditorAliases.ImageCropper:
                break;
            default:
                if (TryParse(value) is { } json)
                {
                    JsonTextWalker.Walk(json, result);
                }

                break;
        }

        return result;
    }

    private static void ReadRichText(string value, PropertyText into)
    {
        if (TryParse(value) is JsonObject json)
        {
            var markup = json["markup"] is JsonValue markupValue && markupValue.TryGetValue<string>(out var html) ? html : null;
            into.Texts.Add(HtmlText.ToPlain(markup));
            JsonTextWalker.Walk(json["blocks"], into);
            return;
        }

        into.Texts.Add(HtmlText.ToPlain(value));
    }

    private static IEnumerable<string> ReadTags(string value)
    {
        if (TryParse(value) is JsonArray array)
        {
            return array.Select(item => item is JsonValue tag && tag.TryGetValue<string>(out var text) ? text.Trim() : "")
                .Where(tag => tag.Length > 0);
        }

        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    internal static DateTime? ReadDate(string value)
    {
        var text = value.Trim();
        if (TryParse(text) is JsonObject json && json["date"] is JsonValue date && date.TryGetValue<string>(out var inner))
        {
            text = inner;
        }
        else if (text.StartsWith('"'))
        {
            text = text.Trim('"');
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;
    }

    private static JsonNode? TryParse(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[' && trimmed[0] != '"'))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
