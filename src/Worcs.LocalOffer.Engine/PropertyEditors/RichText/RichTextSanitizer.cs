using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using Ganss.Xss;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Cleans rich text down to what the council's editor produces. Markup from which nothing had to be removed is
/// returned as the identical string, so that values imported from uSync round-trip byte for byte.
/// </summary>
internal static partial class RichTextSanitizer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
        "ul", "ol", "li", "dl", "dt", "dd",
        "a", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "abbr", "span", "div",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "img", "figure", "figcaption",
        "umb-rte-block", "umb-rte-block-inline",
    ];

    private static readonly string[] AllowedAttributes =
    [
        "href", "title", "target", "rel", "type", "class",
        "src", "alt", "width", "height",
        "colspan", "rowspan", "scope", "headers", "start", "reversed",
        "data-udi", "data-content-key", "data-content-id", "data-content-udi", "data-anchor", "id",
    ];

    // Removed together with everything inside them: their content is code, not text a reader should see.
    private static readonly FrozenSet<string> DroppedWithContent = new[]
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes",
        "template", "textarea", "select", "title", "xmp", "svg", "math", "head", "link", "meta", "base",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Umbraco writes this comment inside block placeholders; other comments are removed.
    private const string BlockComment = "Umbraco-Block";

    /// <summary>Returns <paramref name="html"/> itself when nothing was removed, otherwise the cleaned markup.</summary>
    public static string Sanitize(string html, out bool changed)
    {
        var removed = false;
        var sanitizer = CreateSanitizer();
        sanitizer.RemovingTag += (_, e) =>
        {
            removed = true;
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };
        sanitizer.RemovingAttribute += (_, _) => removed = true;
        sanitizer.RemovingStyle += (_, _) => removed = true;
        sanitizer.RemovingAtRule += (_, _) => removed = true;
        sanitizer.RemovingCssClass += (_, _) => removed = true;
        sanitizer.RemovingComment += (_, e) =>
        {
            if (e.Comment.TextContent == BlockComment)
            {
                e.Cancel = true;
            }
            else
            {
                removed = true;
            }
        };
        sanitizer.FilterUrl += (_, e) =>
        {
            if (LocalLink().IsMatch(e.OriginalUrl))
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
            else if (e.SanitizedUrl != e.OriginalUrl)
            {
                removed = true;
            }
        };

        var sanitized = sanitizer.Sanitize(html);
        changed = removed;
        return removed ? sanitized : html;
    }

    // A new sanitizer per call: the removal events above record into a local flag, so instances are not shared.
    private static HtmlSanitizer CreateSanitizer() => new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(),
        AllowedAtRules = new HashSet<CssRuleType>(),
        AllowDataAttributes = false,
    })
    {
        KeepChildNodes = true,
    };

    /// <summary>
    /// Umbraco's local links: <c>{localLink:umb://document/…}</c> (Umbraco 8–13) or <c>{localLink:guid}</c> (14+),
    /// optionally after a '/' and followed by a query string or anchor. Umbraco replaces them with real URLs when rendering.
    /// </summary>
    [GeneratedRegex(@"^/?\{localLink:(?:umb://(?:document|media)/[0-9a-f]{32}|[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})\}(?:[?#][^\s""'<>{}]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocalLink();
}
