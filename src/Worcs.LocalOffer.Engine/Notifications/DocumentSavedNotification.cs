namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>Drafts of these documents were saved.</summary>
public sealed record DocumentSavedNotification(IReadOnlyList<Guid> Keys) : INotification;
