using Microsoft.Extensions.Hosting;

namespace Worcs.LocalOffer.Host.Tests.Startup;

internal sealed class RecordingHostedService : IHostedService
{
    public bool Started { get; private set; }

    public bool Stopped { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Started = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Stopped = true;
        return Task.CompletedTask;
    }
}
