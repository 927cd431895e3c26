using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Providers;

namespace Worcs.LocalOffer.Persistence.Schema;

internal sealed class DatabaseMigrator(
    ILocalOfferDbContextFactory contextFactory,
    IDatabaseDialect dialect,
    ILogger<DatabaseMigrator> logger) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var migrationLock = await dialect.AcquireMigrationLockAsync(cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var pending = await GetPendingAsync(context, cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await dialect.PrepareMigrationAsync(context, cancellationToken);

        // EF reads the history table before creating it and logs the failure as an error on every new database.
        await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.Database.CanConnectAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.Database.CanConnectAsync(cancellationToken)
            ? await GetPendingAsync(context, cancellationToken)
            : [.. context.Database.GetMigrations()];
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await CanConnectAsync(cancellationToken) && (await GetPendingMigrationsAsync(cancellationToken)).Count == 0;

    /// <summary>Looks for the history table first: EF would otherwise log a failed query on every new database.</summary>
    private async Task<IReadOnlyList<string>> GetPendingAsync(LocalOfferDbContext context, CancellationToken cancellationToken) =>
        await dialect.TableExistsAsync(context, HistoryRepository.DefaultTableName, cancellationToken)
            ? [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)]
            : [.. context.Database.GetMigrations()];
}
