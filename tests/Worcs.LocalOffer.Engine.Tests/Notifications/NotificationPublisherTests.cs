using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Engine.Tests.Notifications;

public sealed class NotificationPublisherTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task A_batch_handler_gets_the_whole_list_in_one_call_after_the_single_handlers()
    {
        var order = new List<string>();
        var batches = new BatchRecorder(order);
        await using var services = Services(order, new FailingBatchHandler(order), batches);
        IReadOnlyList<INotification> notifications =
        [
            new DocumentPublishedNotification([Guid.NewGuid()]),
            new DocumentPublishedNotification([Guid.NewGuid()]),
            new MediaDeletedNotification([Guid.NewGuid()]),
        ];

        await services.GetRequiredService<INotificationPublisher>().PublishAsync(notifications, None);

        Assert.That(batches.Received, Has.Count.EqualTo(1));
        Assert.That(batches.Received[0], Is.EqualTo(notifications));
        Assert.That(order, Is.EqualTo(new[] { "single", "single", "failing batch", "batch" }), "a failing batch handler does not stop the next");
    }

    [Test]
    public async Task An_empty_list_reaches_no_batch_handler()
    {
        var order = new List<string>();
        var batches = new BatchRecorder(order);
        await using var services = Services(order, batches);

        await services.GetRequiredService<INotificationPublisher>().PublishAsync([], None);

        Assert.That(batches.Received, Is.Empty);
    }

    private static ServiceProvider Services(List<string> order, params INotificationBatchHandler[] batchHandlers)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical))
            .AddSingleton<INotificationHandler<DocumentPublishedNotification>>(new SingleRecorder(order));
        foreach (var handler in batchHandlers)
        {
            services.AddSingleton(handler);
        }

        services.AddLocalOfferEngine();
        return services.BuildServiceProvider();
    }

    private sealed class SingleRecorder(List<string> order) : INotificationHandler<DocumentPublishedNotification>
    {
        public Task HandleAsync(DocumentPublishedNotification notification, CancellationToken cancellationToken)
        {
            order.Add("single");
            return Task.CompletedTask;
        }
    }

    private sealed class BatchRecorder(List<string> order) : INotificationBatchHandler
    {
        public List<IReadOnlyList<INotification>> Received { get; } = [];

        public Task HandleAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
        {
            order.Add("batch");
            Received.Add(notifications);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingBatchHandler(List<string> order) : INotificationBatchHandler
    {
        public Task HandleAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
        {
            order.Add("failing batch");
            throw new InvalidOperationException("this handler always fails");
        }
    }
}
