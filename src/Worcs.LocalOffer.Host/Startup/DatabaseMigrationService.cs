using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Host.Startup;

/// <summary>
/// Applies migrations and the start-up uSync import in the background, so the process answers /health/live at once
/// and /health/ready only afterwards. An unreachable database is retried with a capped back-off instead of stopping the process.
/// </summary>
internal sealed class DatabaseMigrationService(
    IServiceScopeFactory scopeFactory,
    ReadinessState readiness,
    TimeProvider timeProvider,
    ILogger<DatabaseMigrationService> logger) : BackgroundService
{
    private static readonly TimeSpan _firstRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan _maxRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = _firstRetryDelay;
        while (!await TryMigrateAsync(stoppingToken))
        {
            logger.LogWarning("Retrying database migrations in {Delay}", delay);
            await Task.Delay(delay, timeProvider, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _maxRetryDelay.Ticks));
        }
    }

    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrations applied");
            await scope.ServiceProvider.GetRequiredService<SyncStartupImport>().RunAsync(cancellationToken);
            readiness.MarkMigrationsApplied();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Applying database migrations failed");
            return false;
        }
    }
}
