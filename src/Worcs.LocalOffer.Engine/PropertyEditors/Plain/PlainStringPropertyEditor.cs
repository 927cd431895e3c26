using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.Plain.String: any text, set by code rather than typed in an editor.</summary>
public sealed class PlainStringPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.PlainString;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) => [];
}
