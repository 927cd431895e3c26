using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.RichText: Umbraco 17 stores <c>{"markup":"&lt;p&gt;…&lt;/p&gt;","blocks":null}</c>, where blocks may be a block value
/// with the layout <c>{"Umbraco.RichText":[…]}</c>; a plain HTML string (the older format) is accepted too. Markup is
/// sanitised before it is stored.
/// </summary>
public sealed partial class RichTextPropertyEditor : PropertyEditor
{
    private const string LayoutAlias = PropertyEditorAliases.RichText;

    private const string Example = """{"markup":"<p>…</p>","blocks":null}""";

    public override string Alias => PropertyEditorAliases.RichText;

    public override bool IsEmpty(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!IsJson(value))
        {
            return !HasContent(value);
        }

        if (!JsonValues.TryParse(value, out var node, out _) || node is not JsonObject json)
        {
            return false;
        }

        var noBlocks = JsonValues.IsNull(json["blocks"]) || (json["blocks"] is JsonObject blocks && BlockValueValidator.HasNoBlocks(blocks, LayoutAlias));
        return noBlocks && JsonValues.TryGetOptionalString(json["markup"], out var markup) && !HasContent(markup);
    }

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value) || !IsJson(value!))
        {
            return [];
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The rich text {parseError}; expected JSON like {Example}.")];
        }

        var json = (JsonObject)node!;
        if (!JsonValues.TryGetOptionalString(json["markup"], out _))
        {
            return [new ValidationError(context.Path, $"The rich text 'markup' is {JsonValues.Describe(json["markup"])}; expected an HTML string like {Example}.")];
        }

        return json["blocks"] switch
        {
            null => [],
            JsonObject blocks => BlockValueValidator.Validate(blocks, LayoutAlias, $"{context.Path}.blocks", context),
            var other => [new ValidationError(context.Path, $"The rich text 'blocks' are {JsonValues.Describe(other)}; expected null or a block value.")],
        };
    }

    public override string? PrepareForStorage(string? value, PropertyEditorContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (!IsJson(value))
        {
            return RichTextSanitizer.Sanitize(value, out _);
        }

        if (!JsonValues.TryParse(value, out var node, out _)
            || node is not JsonObject json
            || !JsonValues.TryGetOptionalString(json["markup"], out var markup)
            || markup is null)
        {
            return value;
        }

        var sanitized = RichTextSanitizer.Sanitize(markup, out var changed);
        var blocksChanged = json["blocks"] is JsonObject blocks && BlockValuePreparer.Prepare(blocks, context);
        if (!changed && !blocksChanged)
        {
            return value;
        }

        json["markup"] = sanitized;
        return JsonValues.Serialize(json);
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (string.Equals(source.Alias, Alias, StringComparison.OrdinalIgnoreCase))
        {
            return ValueConversion.Accept(this, source, value!, context, out converted, out reason);
        }

        if (!ValueConversion.IsScalar(source))
        {
            return ValueConversion.Refuse(
                $"{source.Alias} stores structured JSON, which cannot become rich text; re-enter the text by hand.",
                out converted,
                out reason);
        }

        var json = new JsonObject { ["markup"] = ToParagraphs(value!), ["blocks"] = null };
        return ValueConversion.Accept(this, source, JsonValues.Serialize(json), context, out converted, out reason);
    }

    private static bool IsJson(string value) => value.AsSpan().TrimStart().StartsWith("{");

    /// <summary>True when the markup shows something: text, an image or a block.</summary>
    private static bool HasContent(string? markup) =>
        !string.IsNullOrWhiteSpace(markup)
        && (VisibleElement().IsMatch(markup) || !string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(Tag().Replace(markup, ""))));

    /// <summary>Plain text as HTML: blank lines separate paragraphs, single line breaks become &lt;br&gt;.</summary>
    private static string ToParagraphs(string text)
    {
        var html = new StringBuilder();
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>")
                .AppendJoin("<br>", paragraph.Split('\n').Select(line => WebUtility.HtmlEncode(line.Trim())))
                .Append("</p>");
        }

        return html.ToString();
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("<(img|umb-rte-block|umb-rte-block-inline|hr|table)[\\s/>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisibleElement();
}
