using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Scheduling;

namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>Runs <see cref="ChangeLogRelay"/> every <see cref="ChangeLogRelaySettings.RelayInterval"/>.</summary>
internal sealed class ChangeLogRelayService(
    ChangeLogRelay relay,
    IOptions<ChangeLogRelaySettings> settings,
    TimeProvider clock,
    ILogger<ChangeLogRelayService> logger) : PeriodicBackgroundService(clock, logger)
{
    protected override TimeSpan Interval => settings.Value.RelayInterval;

    protected override string Activity => "Relaying other processes' changes";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => relay.RelayAsync(cancellationToken);
}
