namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A <c>Languages/*.config</c> file. <see cref="SyncItem.Alias"/> is the ISO code.</summary>
public sealed record SyncLanguage : SyncItem
{
    public override string ElementName => "Language";

    public int Level { get; init; }

    public required string Name { get; init; }

    public required string IsoCode { get; init; }

    public bool IsMandatory { get; init; }

    public bool IsDefault { get; init; }

    /// <summary>The fallback language's ISO code; written only when not <see langword="null"/>.</summary>
    public string? Fallback { get; init; }
}
