using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Persistence.Storage;

internal static class ConcurrencyConflicts
{
    public static ConcurrencyConflictException From(DbUpdateConcurrencyException exception)
    {
        var names = exception.Entries.Select(entry => $"{entry.Metadata.ClrType.Name} {entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue}");
        return new ConcurrencyConflictException($"Changed or deleted by another writer since it was read: {string.Join(", ", names)}.", exception);
    }
}
