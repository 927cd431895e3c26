using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.Engine.Scheduling;

/// <summary>
/// Runs <see cref="RunOnceAsync"/> every <see cref="Interval"/> on the app's <see cref="TimeProvider"/>. A failed round
/// is logged and the next one runs as usual; an interval of zero or less turns the service off.
/// </summary>
public abstract class PeriodicBackgroundService(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the first round runs at once rather than after one interval.</summary>
    protected virtual bool RunsAtStart => true;

    /// <summary>What a round does, for the log when one fails, e.g. "Scheduled publishing".</summary>
    protected abstract string Activity { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        if (RunsAtStart)
        {
            await RunGuardedAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunGuardedAsync(stoppingToken);
        }
    }

    private async Task RunGuardedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "{Activity} failed; it will run again", Activity);
        }
    }
}
