using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

internal sealed class SqliteDialect : IDatabaseDialect
{
    private static readonly TimeSpan _migrationLockTimeout = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _writeGate;
    private readonly string? _migrationLockFile;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var isFile = builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:");
        var key = isFile ? Path.GetFullPath(builder.DataSource) : connectionString;
        _writeGate = SqliteWriteGate.For(key);
        _migrationLockFile = isFile ? key + ".migrations.lock" : null;
    }

    public Task<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken) =>
        SqliteWriteGate.EnterAsync(_writeGate, cancellationToken);

    /// <summary>
    /// BEGIN IMMEDIATE takes the write lock at once, so the transaction never has to upgrade a read lock. It is asked
    /// for explicitly rather than left to Microsoft.Data.Sqlite's default. Another process's writer makes it wait up
    /// to the busy timeout.
    /// </summary>
    public async Task<WriteTransaction> BeginWriteTransactionAsync(LocalOfferDbContext context, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred: false);
        try
        {
            var efTransaction = await context.Database.UseTransactionAsync(transaction, cancellationToken)
                ?? throw new InvalidOperationException("EF did not take the SQLite transaction.");
            return new WriteTransaction(efTransaction, transaction);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>Nothing to do: writers are already serialised, so ids are committed in order.</summary>
    public Task OrderChangeLogAsync(LocalOfferDbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IAsyncDisposable> AcquireMigrationLockAsync(CancellationToken cancellationToken)
    {
        var gate = await SqliteWriteGate.EnterAsync(_writeGate, cancellationToken);
        if (_migrationLockFile is null)
        {
            return gate;
        }

        try
        {
            var fileLock = await SqliteFileLock.AcquireAsync(_migrationLockFile, _migrationLockTimeout, cancellationToken);
            return new AsyncDisposable(async () =>
            {
                await fileLock.DisposeAsync();
                await gate.DisposeAsync();
            });
        }
        catch
        {
            await gate.DisposeAsync();
            throw;
        }
    }

    public async Task<bool> TableExistsAsync(LocalOfferDbContext context, string table, CancellationToken cancellationToken) =>
        await context.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            .SingleAsync(cancellationToken) > 0;

    /// <summary>
    /// We hold the file lock, so no migration runs anywhere: a row in EF's lock table was left by a killed process,
    /// and would make EF wait for ever.
    /// </summary>
    public async Task PrepareMigrationAsync(LocalOfferDbContext context, CancellationToken cancellationToken)
    {
        if (await TableExistsAsync(context, "__EFMigrationsLock", cancellationToken))
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        }
    }

    // SQLite names the columns, not the index: "UNIQUE constraint failed: Nodes.Kind, Nodes.ParentKey, Nodes.UrlSegment".
    public bool IsSiblingUrlSegmentClash(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 } unique
        && unique.Message.Contains("Nodes.UrlSegment", StringComparison.Ordinal);
}
