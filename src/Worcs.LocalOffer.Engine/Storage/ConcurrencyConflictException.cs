namespace Worcs.LocalOffer.Engine.Storage;

/// <summary>Thrown by a commit when a row changed since it was read.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>
    /// False when the commit was part of an atomic run: the run's transaction is spoiled (PostgreSQL refuses every
    /// later statement in it), so only the run's owner can start again.
    /// </summary>
    public bool CanRetry { get; init; } = true;
}
