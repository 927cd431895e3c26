using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Providers;

namespace Worcs.LocalOffer.Persistence.Storage;

/// <summary>
/// One open write transaction that the units of work of an atomic run join. Each joined commit saves into it and
/// hands its notifications over, to be delivered only after the batch itself commits.
/// </summary>
internal sealed class UnitOfWorkBatch : IAsyncDisposable
{
    private readonly IAsyncDisposable _writeTurn;
    private readonly WriteTransaction _transaction;
    private readonly IDatabaseDialect _dialect;
    private readonly TimeProvider _timeProvider;
    private readonly ChangeLogOrigin _origin;
    private readonly List<INotification> _notifications = [];
    private bool _failed;

    private UnitOfWorkBatch(
        LocalOfferDbContext context,
        IAsyncDisposable writeTurn,
        WriteTransaction transaction,
        IDatabaseDialect dialect,
        TimeProvider timeProvider,
        ChangeLogOrigin origin)
    {
        Context = context;
        _writeTurn = writeTurn;
        _transaction = transaction;
        _dialect = dialect;
        _timeProvider = timeProvider;
        _origin = origin;
    }

    public LocalOfferDbContext Context { get; }

    public static async Task<UnitOfWorkBatch> OpenAsync(
        ILocalOfferDbContextFactory contextFactory,
        IDatabaseDialect dialect,
        TimeProvider timeProvider,
        ChangeLogOrigin origin,
        CancellationToken cancellationToken)
    {
        var context = contextFactory.CreateDbContext();
        IAsyncDisposable? writeTurn = null;
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            writeTurn = await dialect.EnterWriteAsync(cancellationToken);
            var transaction = await dialect.BeginWriteTransactionAsync(context, cancellationToken);
            return new UnitOfWorkBatch(context, writeTurn, transaction, dialect, timeProvider, origin);
        }
        catch
        {
            if (writeTurn is not null)
            {
                await writeTurn.DisposeAsync();
            }

            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>Saves one joined unit of work's changes into the open transaction.</summary>
    public async Task SaveAsync(IReadOnlyCollection<INotification> notifications, CancellationToken cancellationToken)
    {
        if (_failed)
        {
            throw new InvalidOperationException("An earlier write in this atomic run failed, so the run can only be rolled back.");
        }

        try
        {
            await PendingWrites.SaveAsync(Context, _dialect, notifications, _timeProvider.GetUtcNow().UtcDateTime, _origin, cancellationToken);
        }
        catch
        {
            // The provider may have aborted the transaction (PostgreSQL does on any error), so nothing more may join it.
            _failed = true;
            throw;
        }

        _notifications.AddRange(notifications);
        Context.ChangeTracker.Clear();
    }

    /// <summary>Commits, and returns the notifications to deliver once the batch is closed.</summary>
    public async Task<IReadOnlyList<INotification>> CommitAsync(CancellationToken cancellationToken)
    {
        if (_failed)
        {
            throw new InvalidOperationException("An earlier write in this atomic run failed, so the run can only be rolled back.");
        }

        await _transaction.CommitAsync(cancellationToken);
        return [.. _notifications];
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _writeTurn.DisposeAsync();
        await Context.Database.CloseConnectionAsync();
        await Context.DisposeAsync();
    }
}
