using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Engine.Storage;

/// <summary>
/// One transaction over the engine's repositories. Entities read through it are tracked, so changes to them are
/// written by <see cref="CommitAsync"/>. Disposing without committing rolls everything back.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    INodeRepository Nodes { get; }

    INodeVersionRepository Versions { get; }

    IContentTypeRepository ContentTypes { get; }

    IDataTypeRepository DataTypes { get; }

    IRedirectUrlRepository Redirects { get; }

    ILanguageRepository Languages { get; }

    /// <summary>Queues a notification, recorded in the change log and delivered only after the commit succeeds.</summary>
    void Raise(INotification notification);

    /// <summary>Writes and commits. Throws <see cref="ConcurrencyConflictException"/> when another writer got there first.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
