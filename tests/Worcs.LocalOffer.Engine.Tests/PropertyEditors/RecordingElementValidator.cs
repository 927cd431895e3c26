using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

/// <summary>Records nested element checks and answers them with the errors a test sets up.</summary>
internal sealed class RecordingElementValidator : IElementValidator
{
    private readonly Func<Guid, IReadOnlyDictionary<string, string?>, string, IEnumerable<ValidationError>> _answer;

    public RecordingElementValidator(Func<Guid, IReadOnlyDictionary<string, string?>, string, IEnumerable<ValidationError>>? answer = null) =>
        _answer = answer ?? ((_, _, _) => []);

    public List<ElementCall> Calls { get; } = [];

    public IEnumerable<ValidationError> ValidateElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode)
    {
        Calls.Add(new ElementCall(elementTypeKey, values, path, mode));
        return _answer(elementTypeKey, values, path).ToList();
    }

    /// <summary>Prepared values are the values unchanged, unless a test sets <see cref="Prepare"/>.</summary>
    public Func<string, string?, string?> Prepare { get; set; } = (_, value) => value;

    public IReadOnlyDictionary<string, string?> PrepareElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode) =>
        values.ToDictionary(pair => pair.Key, pair => Prepare(pair.Key, pair.Value));
}
