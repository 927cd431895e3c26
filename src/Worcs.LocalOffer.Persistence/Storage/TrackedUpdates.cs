using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal static class TrackedUpdates
{
    /// <summary>
    /// Marks JSON columns edited in place as changed. Change detection would find the edit anyway; this makes the
    /// engine's explicit Update calls cheap and certain. New or already modified entities need nothing.
    /// </summary>
    public static void MarkChanged<TEntity>(LocalOfferDbContext context, TEntity entity, params string[] propertyNames)
        where TEntity : class
    {
        var entry = context.Entry(entity);
        switch (entry.State)
        {
            case EntityState.Detached:
                throw new InvalidOperationException(
                    $"This {typeof(TEntity).Name} is not tracked by the unit of work; read it through the unit of work's repositories before changing it.");
            case EntityState.Deleted:
                throw new InvalidOperationException($"This {typeof(TEntity).Name} was removed in this unit of work.");
            case EntityState.Unchanged or EntityState.Modified:
                foreach (var propertyName in propertyNames)
                {
                    entry.Property(propertyName).IsModified = true;
                }

                break;
            case EntityState.Added:
                break;
        }
    }
}
