namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MarkdownEditor: Markdown text stored as written. The Delivery API gives the Markdown itself (with local
/// links resolved), as Umbraco does since 12; search reads its plain text.
/// </summary>
public sealed class MarkdownEditorPropertyEditor : PlainTextPropertyEditor
{
    public override string Alias => PropertyEditorAliases.MarkdownEditor;
}
