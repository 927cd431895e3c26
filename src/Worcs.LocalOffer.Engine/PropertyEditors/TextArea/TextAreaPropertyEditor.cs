namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.TextArea: multi-line plain text. The <c>rows</c> setting only affects the backoffice UI.</summary>
public sealed class TextAreaPropertyEditor : PlainTextPropertyEditor
{
    public override string Alias => PropertyEditorAliases.TextArea;
}
