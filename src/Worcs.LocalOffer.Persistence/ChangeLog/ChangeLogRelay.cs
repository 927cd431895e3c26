using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>
/// Delivers, through this process's <see cref="INotificationPublisher"/>, the notifications that other processes
/// committed to the shared database, so caches and indexes kept by notification handlers stay current when several
/// web servers share one PostgreSQL database or the command-line tool imports into a running site's database.
/// </summary>
public sealed class ChangeLogRelay
{
    /// <summary>
    /// How far before the newest entry the relay starts: a change committed by another process while this one was
    /// loading its caches is delivered again rather than missed. Handlers refresh from the database, so a repeat is harmless.
    /// </summary>
    internal const int StartOverlap = 200;

    /// <summary>
    /// Of that overlap, only entries committed after this process started (less this allowance for clocks that differ
    /// between servers) are delivered. Older ones are already in what the caches and indexes loaded, and re-delivering
    /// them made every restart re-index the last import.
    /// </summary>
    internal static readonly TimeSpan StartClockAllowance = TimeSpan.FromSeconds(10);

    private const int BatchSize = 500;

    private readonly IChangeLogReader _reader;
    private readonly ChangeLogOrigin _origin;
    private readonly INotificationPublisher _publisher;
    private readonly ILogger<ChangeLogRelay> _logger;
    private readonly DateTime _overlapFromUtc;
    private long? _lastSeenId;

    public ChangeLogRelay(IChangeLogReader reader, ChangeLogOrigin origin, INotificationPublisher publisher, TimeProvider clock, ILogger<ChangeLogRelay> logger)
    {
        _reader = reader;
        _origin = origin;
        _publisher = publisher;
        _logger = logger;
        _overlapFromUtc = clock.GetUtcNow().UtcDateTime - StartClockAllowance;
    }

    /// <summary>
    /// Delivers what other processes committed since the last call, as one batch (so a relayed import costs batch
    /// handlers such as the Delivery API cache one rebuild), and returns how many notifications that was.
    /// </summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        var starting = _lastSeenId is null;
        _lastSeenId ??= Math.Max(0, await _reader.GetLatestIdAsync(cancellationToken) - StartOverlap);
        var remote = new List<INotification>();
        IReadOnlyList<ChangeLogRecord> records;
        while ((records = await _reader.GetAfterAsync(_lastSeenId.Value, BatchSize, cancellationToken)).Count > 0)
        {
            foreach (var record in records.Where(record => record.Origin != _origin.Id && !(starting && record.Timestamp < _overlapFromUtc)))
            {
                if (NotificationTypes.Read(record) is { } notification)
                {
                    remote.Add(notification);
                }
                else
                {
                    _logger.LogWarning("Change log entry {Id} names an unknown notification type {Type}; skipped", record.Id, record.NotificationType);
                }
            }

            _lastSeenId = records[^1].Id;
        }

        if (remote.Count > 0)
        {
            await _publisher.PublishAsync(remote, cancellationToken);
        }

        return remote.Count;
    }
}
