namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// A new draft for an existing node. <paramref name="Values"/> is the complete set: a property not listed is left
/// empty. <paramref name="ExpectedRevision"/> is the revision the editor loaded; when another save came first the
/// update is refused as a conflict. Null skips that check.
/// </summary>
public sealed record NodeUpdateRequest(
    Guid Key,
    string Name,
    IReadOnlyDictionary<string, string?> Values,
    int? ExpectedRevision = null);
