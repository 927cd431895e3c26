namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These sibling documents were given a new order.</summary>
public sealed record DocumentSortedNotification(IReadOnlyList<Guid> Keys) : INotification;
