using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MemberGroupPicker: comma-separated integer member group ids such as <c>1067,1068</c>, as Umbraco stores
/// them. This site has no member groups; the ids are kept as given. The Delivery API lists the names of the groups
/// that exist, as Umbraco 17 does, which here is always <c>[]</c> (and <c>null</c> when none are picked).
/// </summary>
public sealed class MemberGroupPickerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.MemberGroupPicker;

    public override bool IsEmpty(string? value) => CommaSeparated.Split(value).Length == 0;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        var ids = CommaSeparated.Split(value);
        for (var index = 0; index < ids.Length; index++)
        {
            if (!PeopleIds.IsId(ids[index]))
            {
                yield return new ValidationError(
                    string.Create(CultureInfo.InvariantCulture, $"{context.Path}[{index}]"),
                    $"{ValueText.Quote(ids[index])} is not a member group id: expected whole numbers separated by commas, such as 1067,1068.");
            }
        }
    }
}
