namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.CheckBoxList: the ticked items as a JSON array, such as <c>["Tea","Coffee"]</c>.</summary>
public sealed class CheckBoxListPropertyEditor : ValueListArrayPropertyEditor
{
    public override string Alias => PropertyEditorAliases.CheckBoxList;

    protected override bool AllowsSeveral(PropertyEditorContext context) => true;
}
