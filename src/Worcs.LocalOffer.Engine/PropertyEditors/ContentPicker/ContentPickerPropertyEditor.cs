using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.ContentPicker: one document UDI such as <c>umb://document/4f1c…</c>. Whether the document exists is
/// not checked here; editors have no access to storage.
/// </summary>
public sealed class ContentPickerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.ContentPicker;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!Udi.TryParse(value, out var udi))
        {
            return [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a valid document reference: expected umb://document/ followed by 32 hexadecimal digits.")];
        }

        return udi.EntityType == UdiEntityTypes.Document
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(value!)} refers to a {udi.EntityType}, but this picker only accepts documents (umb://document/…).")];
    }
}
