using Microsoft.Extensions.Hosting;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Loads the first snapshot. The host starts it only after the migrations and the start-up import, so the cache
/// is filled from the imported content; readiness waits for it through <see cref="PublishedCacheHealthCheck"/>.
/// </summary>
internal sealed class CacheStartupLoad(PublishedContentCache cache) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        cache.IsLoaded ? Task.CompletedTask : cache.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
