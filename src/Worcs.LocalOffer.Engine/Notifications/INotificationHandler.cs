namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>
/// Reacts to a committed change. Handlers should return quickly and hand slow work to a background queue;
/// a failing handler is logged and never undoes the change.
/// </summary>
public interface INotificationHandler<in TNotification>
    where TNotification : INotification
{
    Task HandleAsync(TNotification notification, CancellationToken cancellationToken);
}
