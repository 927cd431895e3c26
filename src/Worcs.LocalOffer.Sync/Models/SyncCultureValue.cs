namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A per-culture entry such as <c>&lt;Name Culture="cy-GB"&gt;…&lt;/Name&gt;</c>.</summary>
public sealed record SyncCultureValue(string Culture, string Value);
