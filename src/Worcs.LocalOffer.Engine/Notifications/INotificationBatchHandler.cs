namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>
/// Reacts to every notification of one commit (or of one batch relayed from another process) in a single call, after
/// the <see cref="INotificationHandler{TNotification}"/>s. For handlers whose work costs the same for one change as for
/// many, such as rebuilding a cache: an import that commits thousands of items then costs one rebuild, not thousands.
/// A failing handler is logged and never undoes the change.
/// </summary>
public interface INotificationBatchHandler
{
    Task HandleAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken);
}
