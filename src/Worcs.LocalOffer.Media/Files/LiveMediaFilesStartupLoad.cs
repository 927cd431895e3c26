using Microsoft.Extensions.Hosting;

namespace Worcs.LocalOffer.Media.Files;

/// <summary>Loads the live media files once the host has migrated and imported (the host starts it after that work).</summary>
internal sealed class LiveMediaFilesStartupLoad(LiveMediaFiles files) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => files.IsLoaded ? Task.CompletedTask : files.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
