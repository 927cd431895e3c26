using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Engine.Tests.Support;

/// <summary>A real handler, registered like any other, that writes what it receives to the test's log.</summary>
public sealed class RecordingNotificationHandler<T>(NotificationLog log) : INotificationHandler<T>
    where T : INotification
{
    public Task HandleAsync(T notification, CancellationToken cancellationToken)
    {
        log.Add(notification);
        return Task.CompletedTask;
    }
}
