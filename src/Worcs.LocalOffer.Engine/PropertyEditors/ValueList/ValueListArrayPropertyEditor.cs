using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Editors that store their choices as a JSON array of the chosen items, such as <c>["Coffee","Tea"]</c>; every
/// choice must be one of the data type's <c>items</c>.
/// </summary>
public abstract class ValueListArrayPropertyEditor : PropertyEditor
{
    public override bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value) || (ValueListItems.TryReadArray(value, out var choices, out _) && choices.All(string.IsNullOrWhiteSpace));

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!ValueListItems.TryReadArray(value!, out var choices, out var problem))
        {
            return [new ValidationError(context.Path, $"The value {problem}; expected a JSON array of the chosen items, like [\"{Example(context)}\"].")];
        }

        var options = ValueListItems.Of(context.Configuration);
        var errors = choices
            .Select((choice, index) => ValueListItems.CheckChoice(choice, options) is { } message
                ? new ValidationError(string.Create(CultureInfo.InvariantCulture, $"{context.Path}[{index}]"), message)
                : null)
            .OfType<ValidationError>()
            .ToList();
        if (!AllowsSeveral(context) && choices.Count > 1)
        {
            errors.Add(new ValidationError(context.Path, string.Create(CultureInfo.InvariantCulture, $"{choices.Count} items are chosen, but this data type allows one; set 'multiple' to allow more.")));
        }

        return errors;
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (!ValueConversion.IsScalar(source) && source is not ValueListArrayPropertyEditor && !ValueListItems.IsTextList(source))
        {
            return ValueConversion.Refuse($"{source.Alias} stores structured JSON, which cannot become chosen items.", out converted, out reason);
        }

        return ValueConversion.Accept(this, source, ValueListItems.WriteArray(ValueListItems.FromAnyEditor(value!)), context, out converted, out reason);
    }

    /// <summary>Whether more than one item may be chosen.</summary>
    protected abstract bool AllowsSeveral(PropertyEditorContext context);

    private static string Example(PropertyEditorContext context) =>
        ValueListItems.Of(context.Configuration) is [var first, ..] ? first : "Coffee";
}
