namespace Worcs.LocalOffer.Sync.Models;

/// <summary><c>&lt;Published Default="true"&gt;</c> with one <c>Published</c> per culture when the item varies by culture.</summary>
public sealed record SyncPublished(bool Default)
{
    public IReadOnlyList<SyncCulturePublished> Cultures { get; init; } = [];
}
