using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Checks the values of a nested element (a block) against its element type, with the same rules as a document.</summary>
public interface IElementValidator
{
    IEnumerable<ValidationError> ValidateElement(
        Guid elementTypeKey,
        IReadOnlyDictionary<string, string?> values,
        string path,
        ValidationMode mode);
}
