namespace Worcs.LocalOffer.Sync.Models;

/// <summary><c>&lt;NodeName Default="…"&gt;</c> with one <c>Name</c> per culture when the item varies by culture.</summary>
public sealed record SyncNodeName(string Default)
{
    public IReadOnlyList<SyncCultureValue> Cultures { get; init; } = [];
}
