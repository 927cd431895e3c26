namespace Worcs.LocalOffer.Sync.Models;

/// <summary>The root <c>usync.config</c>: <c>&lt;uSync version="17.3.8.0" format="10.7.0" [hmac="…"] /&gt;</c>.</summary>
public sealed record SyncVersionMarker : SyncItem
{
    public const string CurrentFormat = "10.7.0";

    public override string ElementName => "uSync";

    public required string Version { get; init; }

    public string Format { get; init; } = CurrentFormat;

    public string? Hmac { get; init; }
}
