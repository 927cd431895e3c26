using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Scheduling;

namespace Worcs.LocalOffer.Engine.History;

/// <summary>Runs <see cref="VersionCleanup"/> every <see cref="VersionCleanupSettings.Interval"/> when enabled.</summary>
internal sealed class VersionCleanupService(
    VersionCleanup cleanup,
    IOptions<VersionCleanupSettings> settings,
    TimeProvider clock,
    ILogger<VersionCleanupService> logger) : PeriodicBackgroundService(clock, logger)
{
    protected override TimeSpan Interval => settings.Value.EnableCleanup ? settings.Value.Interval : TimeSpan.Zero;

    protected override bool RunsAtStart => false;

    protected override string Activity => "Version clean-up";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await cleanup.RunAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Version clean-up deleted {Count} old document versions", deleted);
        }
    }
}
