using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Providers;

namespace Worcs.LocalOffer.Persistence.Storage;

internal static class PendingWrites
{
    /// <summary>Inside an open write transaction: adds a change-log row per notification and saves the tracked changes.</summary>
    public static async Task SaveAsync(
        LocalOfferDbContext context,
        IDatabaseDialect dialect,
        IReadOnlyCollection<INotification> notifications,
        DateTime timestampUtc,
        ChangeLogOrigin origin,
        CancellationToken cancellationToken)
    {
        try
        {
            if (notifications.Count > 0)
            {
                await dialect.OrderChangeLogAsync(context, cancellationToken);
                context.ChangeLog.AddRange(notifications.Select(notification => ChangeLogEntries.From(notification, timestampUtc, origin.Id)));
            }

            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw ConcurrencyConflicts.From(exception);
        }
        catch (DbUpdateException exception) when (dialect.IsSiblingUrlSegmentClash(exception))
        {
            throw new ConcurrencyConflictException("Another item under the same parent took the same URL segment at the same time.", exception);
        }
    }
}
