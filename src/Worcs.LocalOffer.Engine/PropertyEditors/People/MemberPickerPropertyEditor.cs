using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MemberPicker: one member, as Umbraco stores it: a member UDI (<c>umb://member/…</c>), a member key or an
/// integer member id. This site has no members; the value is kept as given and the Delivery API shows
/// <c>"(unsupported)"</c> for it, as Umbraco 17 does so that member data never leaks.
/// </summary>
public sealed class MemberPickerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.MemberPicker;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var text = value!.Trim();
        if (Udi.TryParse(text, out var udi))
        {
            return string.Equals(udi.EntityType, UdiEntityTypes.Member, StringComparison.OrdinalIgnoreCase)
                ? []
                : [new ValidationError(context.Path, $"{ValueText.Quote(text)} refers to a {udi.EntityType}, but this picker only accepts members (umb://member/…).")];
        }

        return Guid.TryParse(text, out _) || PeopleIds.IsId(text)
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(text)} is not a member reference: expected umb://member/ followed by 32 hexadecimal digits, a member key or a member id.")];
    }
}
