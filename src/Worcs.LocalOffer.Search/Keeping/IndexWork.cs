namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>One queued piece of indexing work.</summary>
public sealed record IndexWork(IndexWorkKind Kind, IReadOnlyList<Guid> Keys);
