namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.DropDown.Flexible: the chosen items as a JSON array, such as <c>["Tea"]</c>, even when <c>multiple</c>
/// is off (then at most one item).
/// </summary>
public sealed class DropDownFlexiblePropertyEditor : ValueListArrayPropertyEditor
{
    public override string Alias => PropertyEditorAliases.DropDownFlexible;

    protected override bool AllowsSeveral(PropertyEditorContext context) => JsonValues.GetBool(context.Configuration, "multiple", false);
}
