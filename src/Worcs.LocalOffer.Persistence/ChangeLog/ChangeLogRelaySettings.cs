namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>Settings under <c>LocalOffer:ChangeLog</c>.</summary>
public sealed class ChangeLogRelaySettings
{
    public const string SectionKey = "LocalOffer:ChangeLog";

    /// <summary>How often other processes' changes are looked for; zero turns the relay off.</summary>
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
