using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Testing;

/// <summary>Replaces the engine's publisher in tests: records what a commit delivers, batch by batch.</summary>
public sealed class RecordingNotificationPublisher : INotificationPublisher
{
    private readonly Lock _lock = new();
    private readonly List<IReadOnlyList<INotification>> _batches = [];

    /// <summary>Runs during delivery, for instance to look at the database at that moment.</summary>
    public Func<IReadOnlyList<INotification>, Task>? OnPublish { get; set; }

    public IReadOnlyList<IReadOnlyList<INotification>> Batches
    {
        get
        {
            lock (_lock)
            {
                return [.. _batches];
            }
        }
    }

    public IReadOnlyList<INotification> Published => [.. Batches.SelectMany(batch => batch)];

    public async Task PublishAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _batches.Add([.. notifications]);
        }

        if (OnPublish is { } onPublish)
        {
            await onPublish(notifications);
        }
    }
}
