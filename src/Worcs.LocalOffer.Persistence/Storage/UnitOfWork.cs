using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Providers;

namespace Worcs.LocalOffer.Persistence.Storage;

/// <summary>
/// Reads run as they are asked for and see committed data (read committed, on both providers); every write waits
/// for <see cref="CommitAsync"/>, which opens the transaction, writes the changes and one change-log row per
/// notification, and commits. Lost updates are caught by the revision columns. Keeping the transaction to the
/// commit means a SQLite unit of work never holds the single write lock while the engine thinks, and overlapping
/// units of work cannot deadlock upgrading a read lock.
/// </summary>
internal sealed class UnitOfWork : IUnitOfWork
{
    private readonly LocalOfferDbContext _context;
    private readonly IDatabaseDialect _dialect;
    private readonly INotificationPublisher _publisher;
    private readonly TimeProvider _timeProvider;
    private readonly List<INotification> _notifications = [];
    private readonly UnitOfWorkBatch? _batch;
    private readonly ChangeLogOrigin _origin;
    private State _state = State.Open;

    public UnitOfWork(LocalOfferDbContext context, IDatabaseDialect dialect, INotificationPublisher publisher, TimeProvider timeProvider, ChangeLogOrigin origin)
        : this(context, dialect, publisher, timeProvider, origin, batch: null)
    {
    }

    /// <summary>A unit of work that joins <paramref name="batch"/>'s transaction: its commit saves into it.</summary>
    public UnitOfWork(UnitOfWorkBatch batch, IDatabaseDialect dialect, INotificationPublisher publisher, TimeProvider timeProvider, ChangeLogOrigin origin)
        : this(batch.Context, dialect, publisher, timeProvider, origin, batch)
    {
    }

    private UnitOfWork(LocalOfferDbContext context, IDatabaseDialect dialect, INotificationPublisher publisher, TimeProvider timeProvider, ChangeLogOrigin origin, UnitOfWorkBatch? batch)
    {
        _batch = batch;
        _origin = origin;
        _context = context;
        _dialect = dialect;
        _publisher = publisher;
        _timeProvider = timeProvider;
        Nodes = new NodeRepository(context);
        Versions = new NodeVersionRepository(context);
        ContentTypes = new ContentTypeRepository(context);
        DataTypes = new DataTypeRepository(context);
        Redirects = new RedirectUrlRepository(context);
        Languages = new LanguageRepository(context);
    }

    private enum State
    {
        Open,
        Committing,
        Committed,
        Failed,
        Disposed,
    }

    public INodeRepository Nodes { get; }

    public INodeVersionRepository Versions { get; }

    public IContentTypeRepository ContentTypes { get; }

    public IDataTypeRepository DataTypes { get; }

    public IRedirectUrlRepository Redirects { get; }

    public ILanguageRepository Languages { get; }

    public void Raise(INotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ThrowUnlessOpen();
        _notifications.Add(notification);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ThrowUnlessOpen();
        _state = State.Committing;
        try
        {
            if (_batch is not null)
            {
                await SaveIntoBatchAsync(_batch, cancellationToken);
            }
            else if (_notifications.Count > 0 || _context.ChangeTracker.HasChanges())
            {
                await WriteAsync(cancellationToken);
            }

            _state = State.Committed;
        }
        catch
        {
            _state = State.Failed;
            throw;
        }

        INotification[] committed = [.. _notifications];
        _notifications.Clear();
        if (committed.Length > 0)
        {
            // The change is committed whatever the caller does next, so delivery is not cancelled with it.
            await _publisher.PublishAsync(committed, CancellationToken.None);
        }
    }

    private async Task SaveIntoBatchAsync(UnitOfWorkBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await batch.SaveAsync([.. _notifications], cancellationToken);
            _notifications.Clear();
        }
        catch (ConcurrencyConflictException conflict)
        {
            throw new ConcurrencyConflictException(conflict.Message, conflict) { CanRetry = false };
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state == State.Disposed)
        {
            return;
        }

        _state = State.Disposed;
        _notifications.Clear();
        if (_batch is not null)
        {
            // The batch owns the context; whatever this unit tracked but did not commit is dropped.
            _context.ChangeTracker.Clear();
            return;
        }

        await _context.Database.CloseConnectionAsync();
        await _context.DisposeAsync();
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        await using var writeTurn = await _dialect.EnterWriteAsync(cancellationToken);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(_context, cancellationToken);
        await PendingWrites.SaveAsync(_context, _dialect, _notifications, _timeProvider.GetUtcNow().UtcDateTime, _origin, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private void ThrowUnlessOpen()
    {
        if (_state != State.Open)
        {
            throw new InvalidOperationException($"The unit of work is {_state.ToString().ToLowerInvariant()}; begin a new one.");
        }
    }
}
