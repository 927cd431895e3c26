namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These sibling media items were given a new order.</summary>
public sealed record MediaSortedNotification(IReadOnlyList<Guid> Keys) : INotification;
