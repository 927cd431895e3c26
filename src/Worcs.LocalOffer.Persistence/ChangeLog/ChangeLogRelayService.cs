using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>Runs <see cref="ChangeLogRelay"/> every <see cref="ChangeLogRelaySettings.RelayInterval"/>.</summary>
internal sealed class ChangeLogRelayService(
    ChangeLogRelay relay,
    IOptions<ChangeLogRelaySettings> settings,
    TimeProvider clock,
    ILogger<ChangeLogRelayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Value.RelayInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Value.RelayInterval, clock);
        do
        {
            try
            {
                await relay.RelayAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Relaying other processes' changes failed; it will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
