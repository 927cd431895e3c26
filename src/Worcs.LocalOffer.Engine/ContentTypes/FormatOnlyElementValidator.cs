using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>
/// Used when converting values between data types: the block value's own structure is checked by its editor,
/// while the elements inside it were checked against their element types when they were saved.
/// </summary>
internal sealed class FormatOnlyElementValidator : IElementValidator
{
    public static readonly FormatOnlyElementValidator Instance = new();

    public IEnumerable<ValidationError> ValidateElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode) => [];

    public IReadOnlyDictionary<string, string?> PrepareElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode) => values;
}
