namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// A new document or media item. <paramref name="Key"/> may be given (uSync keeps keys across sites); otherwise one
/// is made. <paramref name="Values"/> are the invariant properties' stored values by alias; <paramref name="Cultures"/> the culture-variant names and values by ISO code. <paramref name="CreateDate"/> and
/// <paramref name="SortOrder"/> keep an imported item's own; null means now and after the last sibling.
/// </summary>
public sealed record NodeCreateRequest(
    string ContentTypeAlias,
    string Name,
    Guid? ParentKey,
    IReadOnlyDictionary<string, string?>? Values = null,
    Guid? Key = null,
    DateTime? CreateDate = null,
    int? SortOrder = null,
    IReadOnlyDictionary<string, CultureVariantRequest>? Cultures = null);
