using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Engine.Scheduling;

/// <summary>The background loop that runs <see cref="ScheduledPublishing"/> every <see cref="SchedulingSettings.Interval"/>.</summary>
internal sealed class ScheduledPublishingService(
    ScheduledPublishing scheduledPublishing,
    IOptions<SchedulingSettings> settings,
    TimeProvider clock,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                await scheduledPublishing.RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scheduled publishing round failed; it will run again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
