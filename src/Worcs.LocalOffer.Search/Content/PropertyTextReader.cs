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
                result.Tags.AddRange(ChoiceText.Tags(value));
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
            case PropertyEditorAliases.RadioButtonList:
            case PropertyEditorAliases.EmailAddress:
            case PropertyEditorAliases.PlainString:
                result.Texts.Add(value);
                break;
            case PropertyEditorAliases.DropDownFlexible:
            case PropertyEditorAliases.CheckBoxList:
                result.Texts.AddRange(ChoiceText.Chosen(value));
                break;
            case PropertyEditorAliases.MultipleTextstring:
                result.Texts.AddRange(ChoiceText.Lines(value));
                break;
            case PropertyEditorAliases.MarkdownEditor:
                result.Texts.Add(ChoiceText.Markdown(value));
                break;
            case PropertyEditorAliases.Label:
            case PropertyEditorAliases.ListView:
            case PropertyEditorAliases.ColorPicker:
            case PropertyEditorAliases.ColorPickerEyeDropper:
            case PropertyEditorAliases.Slider:
            case PropertyEditorAliases.TimeOnly:
            case PropertyEditorAliases.PlainJson:
            case PropertyEditorAliases.PlainInteger:
            case PropertyEditorAliases.PlainDecimal:
            case PropertyEditorAliases.PlainDateTime:
            case PropertyEditorAliases.PlainTime:
                break;
            case PropertyEditorAliases.MultiNodeTreePicker:
                ReadPickedMedia(value, result);
                break;
            case PropertyEditorAliases.EntityDataPicker:
            case PropertyEditorAliases.UserPicker:
            case PropertyEditorAliases.MemberPicker:
            case PropertyEditorAliases.MemberGroupPicker:
                break;
            case PropertyEditorAliases.BlockGrid:
            case PropertyEditorAliases.SingleBlock:
                ReadBlockContent(value, result);
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

    /// <summary>Picked media are linked downloads whose text is indexed; picked documents and members add no words.</summary>
    private static void ReadPickedMedia(string value, PropertyText into)
    {
        foreach (var udi in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (JsonTextWalker.TryParseMediaUdi(udi, out var mediaKey))
            {
                into.MediaKeys.Add(mediaKey);
            }
        }
    }

    /// <summary>The words in the blocks' content; settings hold presentation choices, not text a family searches for.</summary>
    private static void ReadBlockContent(string value, PropertyText into)
    {
        if (TryParse(value) is JsonObject json)
        {
            var contentData = json.FirstOrDefault(pair => string.Equals(pair.Key, "contentData", StringComparison.OrdinalIgnoreCase)).Value;
            JsonTextWalker.Walk(contentData, into);
        }
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
