namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// The Tiptap extension each of Umbraco 17's toolbar buttons needs (the button's <c>forExtensions</c>). Since
/// Umbraco 16.3 a button whose extension is not in the data type's <c>extensions</c> is disabled, and the markup it
/// makes is dropped from values the next time an editor saves them.
/// </summary>
internal static class TiptapToolbar
{
    private const string Toolbar = "Umb.Tiptap.Toolbar.";

    private static readonly Dictionary<string, string> ExtensionByButton = new(StringComparer.Ordinal)
    {
        [Toolbar + "Heading1"] = "Umb.Tiptap.Heading",
        [Toolbar + "Heading2"] = "Umb.Tiptap.Heading",
        [Toolbar + "Heading3"] = "Umb.Tiptap.Heading",
        [Toolbar + "Heading4"] = "Umb.Tiptap.Heading",
        [Toolbar + "Heading5"] = "Umb.Tiptap.Heading",
        [Toolbar + "Heading6"] = "Umb.Tiptap.Heading",
        [Toolbar + "Bold"] = "Umb.Tiptap.Bold",
        [Toolbar + "Italic"] = "Umb.Tiptap.Italic",
        [Toolbar + "Underline"] = "Umb.Tiptap.Underline",
        [Toolbar + "Strike"] = "Umb.Tiptap.Strike",
        [Toolbar + "Subscript"] = "Umb.Tiptap.Subscript",
        [Toolbar + "Superscript"] = "Umb.Tiptap.Superscript",
        [Toolbar + "BulletList"] = "Umb.Tiptap.BulletList",
        [Toolbar + "OrderedList"] = "Umb.Tiptap.OrderedList",
        [Toolbar + "Blockquote"] = "Umb.Tiptap.Blockquote",
        [Toolbar + "HorizontalRule"] = "Umb.Tiptap.HorizontalRule",
        [Toolbar + "CodeBlock"] = "Umb.Tiptap.CodeBlock",
        [Toolbar + "Link"] = "Umb.Tiptap.Link",
        [Toolbar + "Unlink"] = "Umb.Tiptap.Link",
        [Toolbar + "Table"] = "Umb.Tiptap.Table",
        [Toolbar + "TextAlignLeft"] = "Umb.Tiptap.TextAlign",
        [Toolbar + "TextAlignCenter"] = "Umb.Tiptap.TextAlign",
        [Toolbar + "TextAlignRight"] = "Umb.Tiptap.TextAlign",
        [Toolbar + "TextAlignJustify"] = "Umb.Tiptap.TextAlign",
        [Toolbar + "BlockPicker"] = "Umb.Tiptap.Block",
        [Toolbar + "EmbeddedMedia"] = "Umb.Tiptap.Embed",
        [Toolbar + "MediaPicker"] = "Umb.Tiptap.Image",
    };

    /// <summary>The extension <paramref name="button"/> needs; null for buttons that need none (source editor, clear formatting) or that we do not know.</summary>
    public static string? ExtensionFor(string button) => ExtensionByButton.GetValueOrDefault(button);
}
