using Microsoft.Extensions.Diagnostics.HealthChecks;
using Worcs.LocalOffer.Host.Startup;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Host.Health;

/// <summary>Healthy when the database answers and no migration is pending. Never reports the error text itself.</summary>
internal sealed class DatabaseHealthCheck(IDatabaseMigrator migrator, ReadinessState readiness) : IHealthCheck
{
    private const string NotAnswering = "The database does not answer or has pending migrations.";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!readiness.MigrationsApplied)
            {
                // Pending migrations while starting are expected (Degraded); a database that does not answer is not.
                return await migrator.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Degraded("Starting: the database answers; the start-up migrations are being applied.")
                    : HealthCheckResult.Unhealthy(NotAnswering);
            }

            return await migrator.IsReadyAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers and is up to date.")
                : HealthCheckResult.Unhealthy(NotAnswering);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(NotAnswering, exception);
        }
    }
}
