using System.Collections.Concurrent;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Engine.Tests.Support;

/// <summary>Every notification delivered in a test, in order.</summary>
public sealed class NotificationLog
{
    private readonly ConcurrentQueue<INotification> _received = new();

    public IReadOnlyList<INotification> Received => [.. _received];

    public IReadOnlyList<T> OfType<T>() => [.. _received.OfType<T>()];

    public void Add(INotification notification) => _received.Enqueue(notification);

    public void Clear() => _received.Clear();
}
