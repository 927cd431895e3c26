namespace Worcs.LocalOffer.Sync.Models;

/// <summary>An <c>&lt;Empty Key Alias Change [Level] /&gt;</c> marker left where an item was deleted or renamed.</summary>
public sealed record SyncEmpty : SyncItem
{
    public override string ElementName => "Empty";

    public required SyncChange Change { get; init; }

    /// <summary>Written only for tree items (content, media); <see langword="null"/> leaves it out.</summary>
    public int? Level { get; init; }
}
