namespace Worcs.LocalOffer.Engine.Storage;

public interface IUnitOfWorkFactory
{
    /// <summary>
    /// Opens a unit of work with its own database transaction, or, inside <see cref="RunAtomicallyAsync{T}"/>, one
    /// that joins the enclosing transaction.
    /// </summary>
    Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction: every unit of work it begins (in the same async
    /// flow) writes into that transaction, and sees what the earlier ones wrote. The transaction commits only when
    /// <paramref name="commitWhen"/> accepts the result; otherwise, or on an exception, nothing is kept. Notifications
    /// are delivered once, after the commit. The work must not begin units of work in parallel.
    /// </summary>
    Task<T> RunAtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken cancellationToken);
}
