using Microsoft.Extensions.Hosting;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Loads the redirected routes and the first snapshot. The host starts it only after the migrations and the start-up
/// import, so the cache is filled from the imported content; readiness waits for it through
/// <see cref="PublishedCacheHealthCheck"/>.
/// </summary>
internal sealed class CacheStartupLoad(PublishedContentCache cache, Http.RedirectedRoutes redirects) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redirects.LoadAsync(cancellationToken);
        if (!cache.IsLoaded)
        {
            await cache.LoadAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
