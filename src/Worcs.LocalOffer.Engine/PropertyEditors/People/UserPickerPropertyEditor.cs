using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.UserPicker: one backoffice user by integer id (<c>-1</c> is Umbraco's first administrator), as Umbraco
/// stores it. This site has no Umbraco users; the id is kept as given and the Delivery API shows it as the number, as
/// Umbraco 17 does (it has no value converter for this editor).
/// </summary>
public sealed class UserPickerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.UserPicker;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        IsEmpty(value) || PeopleIds.IsId(value!.Trim())
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(value!.Trim())} is not a user id: expected a whole number such as -1 or 1057.")];
}
