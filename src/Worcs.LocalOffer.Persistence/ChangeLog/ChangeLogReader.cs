using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Persistence.Conversion;

namespace Worcs.LocalOffer.Persistence.ChangeLog;

internal sealed class ChangeLogReader(ILocalOfferDbContextFactory contextFactory) : IChangeLogReader
{
    public async Task<long> GetLatestIdAsync(CancellationToken cancellationToken)
    {
        await using var context = contextFactory.CreateDbContext();
        return await context.ChangeLog.MaxAsync(entry => (long?)entry.Id, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<ChangeLogRecord>> GetAfterAsync(long afterId, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var context = contextFactory.CreateDbContext();
        var entries = await context.ChangeLog
            .AsNoTracking()
            .Where(entry => entry.Id > afterId)
            .OrderBy(entry => entry.Id)
            .Take(maxCount)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(entry => new ChangeLogRecord(
            entry.Id,
            entry.Timestamp,
            entry.Notification,
            JsonStorage.Deserialize<List<Guid>>(entry.KeysJson),
            entry.PayloadJson,
            entry.Origin))];
    }
}
