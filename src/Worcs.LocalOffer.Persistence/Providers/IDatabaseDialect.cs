using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers;

/// <summary>What differs between the providers when writing and migrating.</summary>
internal interface IDatabaseDialect
{
    /// <summary>Waits for this writer's turn. SQLite has one writer, so a commit queues here instead of failing busy.</summary>
    Task<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken);

    /// <summary>Starts a commit's transaction, holding the write lock from its first statement where the provider has one.</summary>
    Task<WriteTransaction> BeginWriteTransactionAsync(LocalOfferDbContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Called inside the transaction just before change-log rows are inserted: makes change-log ids commit in id
    /// order, so a reader that saw id N can never later find a smaller id appear.
    /// </summary>
    Task OrderChangeLogAsync(LocalOfferDbContext context, CancellationToken cancellationToken);

    /// <summary>Held while migrating, so that processes starting together apply migrations one at a time.</summary>
    Task<IAsyncDisposable> AcquireMigrationLockAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether a table exists in the context's database. EF's own history check cannot be used: Npgsql's answers
    /// true on an empty database, and EF logs an error whenever it queries a history table that is not there.
    /// </summary>
    Task<bool> TableExistsAsync(LocalOfferDbContext context, string table, CancellationToken cancellationToken);

    /// <summary>Runs under the migration lock before EF migrates.</summary>
    Task PrepareMigrationAsync(LocalOfferDbContext context, CancellationToken cancellationToken);

    /// <summary>Whether a save failed because two siblings would share a URL segment (the unique index on them).</summary>
    bool IsSiblingUrlSegmentClash(DbUpdateException exception);
}
