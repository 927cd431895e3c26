using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Providers;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class UnitOfWorkFactory(
    ILocalOfferDbContextFactory contextFactory,
    IDatabaseDialect dialect,
    INotificationPublisher publisher,
    TimeProvider timeProvider) : IUnitOfWorkFactory
{
    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        var context = contextFactory.CreateDbContext();
        try
        {
            // One connection for the whole unit of work: SQLite's pragmas run once, not before every query.
            await context.Database.OpenConnectionAsync(cancellationToken);
            return new UnitOfWork(context, dialect, publisher, timeProvider);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }
}
