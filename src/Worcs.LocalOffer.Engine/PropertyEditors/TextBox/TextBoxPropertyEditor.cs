namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.TextBox: a single line of plain text.</summary>
public sealed class TextBoxPropertyEditor : PlainTextPropertyEditor
{
    public override string Alias => PropertyEditorAliases.TextBox;
}
