using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// How one Umbraco property editor stores and checks its values. Values are strings in the editor's Umbraco
/// storage format (JSON for the structured editors), exactly as uSync writes them.
/// </summary>
public interface IPropertyEditor
{
    /// <summary>The Umbraco property-editor alias, such as <c>Umbraco.Decimal</c>.</summary>
    string Alias { get; }

    /// <summary>True when the value counts as "no value" for mandatory checks.</summary>
    bool IsEmpty(string? value);

    /// <summary>
    /// The editor's own rules: the value parses, and it fits the data type's configuration. Empty values pass;
    /// mandatory is checked by the caller. Each error's path starts with <see cref="PropertyEditorContext.Path"/>.
    /// </summary>
    IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context);

    /// <summary>Turns a valid value into what is stored, for example sanitised rich text. Called after <see cref="Validate"/> passes.</summary>
    string? PrepareForStorage(string? value, PropertyEditorContext context);

    /// <summary>
    /// Converts a value stored by <paramref name="source"/> when a property's data type changes to this editor.
    /// Returns false, with a reason, when the value cannot be carried over.
    /// </summary>
    bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason);
}
