namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>A fact about a committed change. Delivered only after the transaction that caused it commits.</summary>
public interface INotification
{
    /// <summary>The keys of the items the change touched.</summary>
    IReadOnlyList<Guid> Keys { get; }
}
