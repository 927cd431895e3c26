namespace Worcs.LocalOffer.Engine.History;

/// <summary>
/// Umbraco's <c>Umbraco:CMS:Content:ContentVersionCleanupPolicy</c>: old document versions are deleted, except the
/// draft and the published version. Versions newer than <see cref="KeepAllVersionsNewerThanDays"/> are all kept; then
/// the latest of each day for <see cref="KeepLatestVersionPerDayForDays"/>; older ones go.
/// </summary>
public sealed class VersionCleanupSettings
{
    public const string SectionKey = "Umbraco:CMS:Content:ContentVersionCleanupPolicy";

    /// <summary>Off unless configured, as in Umbraco; the host's appsettings.json turns it on.</summary>
    public bool EnableCleanup { get; set; }

    public int KeepAllVersionsNewerThanDays { get; set; } = 7;

    public int KeepLatestVersionPerDayForDays { get; set; } = 90;

    /// <summary>How often the clean-up runs (Umbraco runs it hourly).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
