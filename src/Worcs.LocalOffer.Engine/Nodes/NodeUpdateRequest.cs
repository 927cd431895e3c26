namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// A new draft for an existing node. <paramref name="Values"/> (invariant properties) and <paramref name="Cultures"/> (culture-variant names and
/// values by ISO code) are the complete set: a property or culture not listed is left empty. <paramref name="ExpectedRevision"/> is the revision the editor loaded; when another save came first the
/// update is refused as a conflict. Null skips that check.
/// </summary>
public sealed record NodeUpdateRequest(
    Guid Key,
    string Name,
    IReadOnlyDictionary<string, string?> Values,
    int? ExpectedRevision = null,
    IReadOnlyDictionary<string, CultureVariantRequest>? Cultures = null);
