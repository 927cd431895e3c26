using Microsoft.EntityFrameworkCore;
using Npgsql;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers.PostgreSql;

internal sealed class PostgreSqlDialect(string connectionString) : IDatabaseDialect
{
    // Advisory lock keys: arbitrary, fixed, and unlikely to clash with anyone else's.
    private const long MigrationLockKey = 0x4C4F_4D49_4752_4154; // "LOMIGRAT"
    private const long ChangeLogLockKey = 0x4C4F_4348_4C4F_4721; // "LOCHLOG!"

    public Task<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken) => Task.FromResult(AsyncDisposable.None);

    /// <summary>READ COMMITTED; lost updates are caught by the revision columns.</summary>
    public async Task<WriteTransaction> BeginWriteTransactionAsync(LocalOfferDbContext context, CancellationToken cancellationToken) =>
        new(await context.Database.BeginTransactionAsync(cancellationToken));

    /// <summary>
    /// Identity values are handed out at insert, not at commit, so two writers could commit ids 11 then 10. Holding a
    /// transaction-scoped lock from the insert to the commit keeps ids in commit order; only the change-log insert and
    /// the commit itself are serialised.
    /// </summary>
    public Task OrderChangeLogAsync(LocalOfferDbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChangeLogLockKey})", cancellationToken);

    /// <summary>A session advisory lock on a connection of its own; the server drops it if this process dies.</summary>
    public async Task<IAsyncDisposable> AcquireMigrationLockAsync(CancellationToken cancellationToken)
    {
        var connection = await PostgreSqlDatabaseCreator.OpenCreatingDatabaseAsync(connectionString, cancellationToken);
        try
        {
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new AsyncDisposable(async () =>
            {
                await using (connection)
                {
                    await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", connection);
                    await unlock.ExecuteNonQueryAsync(CancellationToken.None);
                }
            });
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<bool> TableExistsAsync(LocalOfferDbContext context, string table, CancellationToken cancellationToken) =>
        await context.Database
            .SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = {table}")
            .SingleAsync(cancellationToken) > 0;

    public Task PrepareMigrationAsync(LocalOfferDbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public bool IsSiblingUrlSegmentClash(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "IX_Nodes_Kind_ParentKey_UrlSegment" };
}
