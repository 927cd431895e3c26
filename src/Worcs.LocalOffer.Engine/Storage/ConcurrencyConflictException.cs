namespace Worcs.LocalOffer.Engine.Storage;

/// <summary>Thrown by a commit when a row changed since it was read.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException);
