namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>Reads the change log: every committed notification, in commit order.</summary>
public interface IChangeLogReader
{
    /// <summary>The id of the newest entry, or 0 when the log is empty.</summary>
    Task<long> GetLatestIdAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="maxCount"/> entries with an id above <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<ChangeLogRecord>> GetAfterAsync(long afterId, int maxCount, CancellationToken cancellationToken);
}
