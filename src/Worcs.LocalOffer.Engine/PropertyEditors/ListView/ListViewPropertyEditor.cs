using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.ListView: the collection view of a type's children (columns, page size, order), configuration only.
/// A property never holds a value of its own, so any value is refused.
/// </summary>
public sealed class ListViewPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.ListView;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        IsEmpty(value)
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(value!)} cannot be stored: {Alias} is a collection view that holds no value of its own.")];

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason) =>
        source.IsEmpty(value)
            ? ValueConversion.Empty(out converted, out reason)
            : ValueConversion.Refuse($"the value stored by {source.Alias} would be lost: {Alias} is a collection view that holds no value.", out converted, out reason);
}
