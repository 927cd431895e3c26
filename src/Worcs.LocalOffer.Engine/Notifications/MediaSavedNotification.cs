namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These media items were saved.</summary>
public sealed record MediaSavedNotification(IReadOnlyList<Guid> Keys) : INotification;
