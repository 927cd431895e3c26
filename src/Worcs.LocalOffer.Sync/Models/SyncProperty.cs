namespace Worcs.LocalOffer.Sync.Models;

/// <summary>One property of a content item: an element named after the alias holding <c>Value</c> elements.</summary>
public sealed record SyncProperty(string Alias, IReadOnlyList<SyncPropertyValue> Values);
