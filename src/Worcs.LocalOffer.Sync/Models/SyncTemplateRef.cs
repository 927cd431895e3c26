namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A content item's <c>Template</c>: <c>&lt;Template Key="…"&gt;alias&lt;/Template&gt;</c> or <c>&lt;Template /&gt;</c>.</summary>
public sealed record SyncTemplateRef(Guid? Key, string? Alias)
{
    public static SyncTemplateRef None { get; } = new(null, null);
}
