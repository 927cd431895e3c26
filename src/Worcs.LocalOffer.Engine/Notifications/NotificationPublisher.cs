using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>
/// Delivers notifications to the <see cref="INotificationHandler{TNotification}"/>s registered in DI, one at a time in
/// order, then the whole list to each <see cref="INotificationBatchHandler"/>.
/// </summary>
internal sealed class NotificationPublisher(IServiceProvider services, ILogger<NotificationPublisher> logger) : INotificationPublisher
{
    // Every publish delivers notifications; resolve each notification type's handler interface and method once.
    private static readonly ConcurrentDictionary<Type, (Type HandlerType, MethodInfo Handle)> HandlerShapes = new();

    public async Task PublishAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
    {
        foreach (var notification in notifications)
        {
            var (handlerType, handle) = HandlerShapes.GetOrAdd(notification.GetType(), ShapeOf);
            foreach (var handler in services.GetServices(handlerType))
            {
                await DeliverAsync(handler!, handle, notification, cancellationToken);
            }
        }

        if (notifications.Count == 0)
        {
            return;
        }

        foreach (var handler in services.GetServices<INotificationBatchHandler>())
        {
            try
            {
                await handler.HandleAsync(notifications, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Notification batch handler {Handler} failed for {Count} notifications", handler.GetType().Name, notifications.Count);
            }
        }
    }

    private static (Type HandlerType, MethodInfo Handle) ShapeOf(Type notificationType)
    {
        var handlerType = typeof(INotificationHandler<>).MakeGenericType(notificationType);
        return (handlerType, handlerType.GetMethod(nameof(INotificationHandler<INotification>.HandleAsync))!);
    }

    private async Task DeliverAsync(object handler, MethodInfo handle, INotification notification, CancellationToken cancellationToken)
    {
        try
        {
            await (Task)handle.Invoke(handler, [notification, cancellationToken])!;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Notification handler {Handler} failed for {Notification}", handler.GetType().Name, notification.GetType().Name);
        }
    }
}
