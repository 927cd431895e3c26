using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>What to write to one index for a set of changed items: value sets to add or replace, ids to remove.</summary>
public sealed record IndexChanges(IReadOnlyList<ValueSet> Upserts, IReadOnlyList<string> Deletes);
