using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.RadioButtonList: the chosen item as plain text, such as <c>Tea</c>; it must be one of the data type's <c>items</c>.</summary>
public sealed class RadioButtonListPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.RadioButtonList;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        !IsEmpty(value) && ValueListItems.CheckChoice(value!, ValueListItems.Of(context.Configuration)) is { } message
            ? [new ValidationError(context.Path, message)]
            : [];

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (!ValueConversion.IsScalar(source) && source is not ValueListArrayPropertyEditor)
        {
            return ValueConversion.Refuse($"{source.Alias} stores structured JSON, which cannot become a chosen item.", out converted, out reason);
        }

        var choices = ValueListItems.FromAnyEditor(value!);
        if (choices.Count > 1)
        {
            return ValueConversion.Refuse($"{source.Alias} holds {choices.Count} items, but {Alias} keeps one; choose one by hand.", out converted, out reason);
        }

        return ValueConversion.Accept(this, source, choices.Count == 1 ? choices[0] : value!.Trim(), context, out converted, out reason);
    }
}
