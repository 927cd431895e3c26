using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Providers;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class UnitOfWorkFactory(
    ILocalOfferDbContextFactory contextFactory,
    IDatabaseDialect dialect,
    INotificationPublisher publisher,
    TimeProvider timeProvider,
    ChangeLogOrigin origin) : IUnitOfWorkFactory
{
    private readonly AsyncLocal<UnitOfWorkBatch?> _currentBatch = new();

    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        if (_currentBatch.Value is { } batch)
        {
            return new UnitOfWork(batch, dialect, publisher, timeProvider, origin);
        }

        var context = contextFactory.CreateDbContext();
        try
        {
            // One connection for the whole unit of work: SQLite's pragmas run once, not before every query.
            await context.Database.OpenConnectionAsync(cancellationToken);
            return new UnitOfWork(context, dialect, publisher, timeProvider, origin);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    public async Task<T> RunAtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commitWhen);
        if (_currentBatch.Value is not null)
        {
            // Already inside an atomic run: the outer run decides whether everything commits.
            return await work(cancellationToken);
        }

        T result;
        IReadOnlyList<INotification> committed = [];
        await using (var batch = await UnitOfWorkBatch.OpenAsync(contextFactory, dialect, timeProvider, origin, cancellationToken))
        {
            _currentBatch.Value = batch;
            try
            {
                result = await work(cancellationToken);
                if (commitWhen(result))
                {
                    committed = await batch.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                _currentBatch.Value = null;
            }
        }

        if (committed.Count > 0)
        {
            // Delivered outside the batch, so handlers that write begin units of work of their own.
            await publisher.PublishAsync([.. committed], CancellationToken.None);
        }

        return result;
    }
}
