namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These documents are no longer published.</summary>
public sealed record DocumentUnpublishedNotification(IReadOnlyList<Guid> Keys) : INotification;
