namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These documents were published; their published versions changed.</summary>
public sealed record DocumentPublishedNotification(IReadOnlyList<Guid> Keys) : INotification;
