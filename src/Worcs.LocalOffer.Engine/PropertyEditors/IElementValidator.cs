using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Checks and prepares the values of a nested element (a block) against its element type, with the same rules
/// and the same editors as a document's own properties.
/// </summary>
public interface IElementValidator
{
    IEnumerable<ValidationError> ValidateElement(
        Guid elementTypeKey,
        IReadOnlyDictionary<string, string?> values,
        string path,
        ValidationMode mode);

    /// <summary>
    /// What each known, non-empty value becomes when stored (for example sanitised rich text), by alias. Values the
    /// element type does not know are left out; the caller keeps them as they are.
    /// </summary>
    IReadOnlyDictionary<string, string?> PrepareElement(
        Guid elementTypeKey,
        IReadOnlyDictionary<string, string?> values,
        string path,
        ValidationMode mode);
}
