using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Not ready until the Delivery API cache holds the first snapshot, so a new instance never serves empty pages. Loading
/// is reported as Degraded, which the readiness endpoint answers with 503 without logging an error.
/// </summary>
internal sealed class PublishedCacheHealthCheck(PublishedContentCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(cache.IsLoaded
            ? HealthCheckResult.Healthy($"The Delivery API cache holds {cache.Current.Documents.InTreeOrder.Count} documents.")
            : HealthCheckResult.Degraded("Starting: the Delivery API cache is loading."));
}
