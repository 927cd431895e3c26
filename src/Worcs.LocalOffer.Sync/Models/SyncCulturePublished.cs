namespace Worcs.LocalOffer.Sync.Models;

/// <summary><c>&lt;Published Culture="en-GB"&gt;true&lt;/Published&gt;</c>.</summary>
public sealed record SyncCulturePublished(string Culture, bool Published);
