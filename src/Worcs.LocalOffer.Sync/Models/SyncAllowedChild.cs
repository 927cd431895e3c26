namespace Worcs.LocalOffer.Sync.Models;

/// <summary>One <c>Structure</c> entry: <c>&lt;ContentType Key="…" SortOrder="0"&gt;alias&lt;/ContentType&gt;</c>.</summary>
public sealed record SyncAllowedChild(Guid Key, int SortOrder, string Alias);
