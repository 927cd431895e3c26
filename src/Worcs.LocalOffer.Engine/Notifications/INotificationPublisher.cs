namespace Worcs.LocalOffer.Engine.Notifications;

public interface INotificationPublisher
{
    /// <summary>Delivers notifications in order to every registered handler. Never throws for a handler's failure.</summary>
    Task PublishAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken);
}
