using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>Delivers notifications to the <see cref="INotificationHandler{TNotification}"/>s registered in DI.</summary>
internal sealed class NotificationPublisher(IServiceProvider services, ILogger<NotificationPublisher> logger) : INotificationPublisher
{
    public async Task PublishAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
    {
        foreach (var notification in notifications)
        {
            var handlerType = typeof(INotificationHandler<>).MakeGenericType(notification.GetType());
            foreach (var handler in services.GetServices(handlerType))
            {
                await DeliverAsync(handler!, handlerType, notification, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(object handler, Type handlerType, INotification notification, CancellationToken cancellationToken)
    {
        try
        {
            var method = handlerType.GetMethod(nameof(INotificationHandler<INotification>.HandleAsync))!;
            await (Task)method.Invoke(handler, [notification, cancellationToken])!;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Notification handler {Handler} failed for {Notification}", handler.GetType().Name, notification.GetType().Name);
        }
    }
}
