using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Engine.Tests.Support;

/// <summary>A handler that reads each published document back through a new transaction, to prove delivery follows the commit.</summary>
public sealed class CommittedStateProbe(IServiceProvider services) : INotificationHandler<DocumentPublishedNotification>
{
    private readonly ConcurrentQueue<(Guid Key, bool Published)> _observations = new();

    public IReadOnlyList<(Guid Key, bool Published)> Observations => [.. _observations];

    public async Task HandleAsync(DocumentPublishedNotification notification, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<DocumentService>();
        foreach (var key in notification.Keys)
        {
            var snapshot = await documents.GetAsync(key, cancellationToken);
            _observations.Enqueue((key, snapshot?.Node.IsPublished == true));
        }
    }
}
