namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A reference written as <c>&lt;X Key="…"&gt;alias&lt;/X&gt;</c> (compositions, templates, parents).</summary>
public sealed record SyncReference(Guid Key, string Alias);
