using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Engine.History;

/// <summary>Runs <see cref="VersionCleanup"/> every <see cref="VersionCleanupSettings.Interval"/> when enabled.</summary>
internal sealed class VersionCleanupService(
    VersionCleanup cleanup,
    IOptions<VersionCleanupSettings> settings,
    TimeProvider clock,
    ILogger<VersionCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.EnableCleanup)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await cleanup.RunAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Version clean-up deleted {Count} old document versions", deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Version clean-up failed; it will run again");
            }
        }
    }
}
