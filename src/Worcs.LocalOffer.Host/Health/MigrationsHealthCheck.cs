using Microsoft.Extensions.Diagnostics.HealthChecks;
using Worcs.LocalOffer.Host.Startup;

namespace Worcs.LocalOffer.Host.Health;

internal sealed class MigrationsHealthCheck(ReadinessState readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.MigrationsApplied
            ? HealthCheckResult.Healthy("Database migrations are applied.")
            : HealthCheckResult.Degraded("Starting: database migrations are not applied yet."));
}
