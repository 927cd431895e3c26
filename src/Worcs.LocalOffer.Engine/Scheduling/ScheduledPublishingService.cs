using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Engine.Scheduling;

/// <summary>The background loop that runs <see cref="ScheduledPublishing"/> every <see cref="SchedulingSettings.Interval"/>.</summary>
internal sealed class ScheduledPublishingService(
    ScheduledPublishing scheduledPublishing,
    IOptions<SchedulingSettings> settings,
    TimeProvider clock,
    ILogger<ScheduledPublishingService> logger) : PeriodicBackgroundService(clock, logger)
{
    protected override TimeSpan Interval => settings.Value.Interval;

    protected override string Activity => "Scheduled publishing round";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => scheduledPublishing.RunDueAsync(cancellationToken);
}
