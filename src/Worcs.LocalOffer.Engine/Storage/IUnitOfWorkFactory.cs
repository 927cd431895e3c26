namespace Worcs.LocalOffer.Engine.Storage;

public interface IUnitOfWorkFactory
{
    /// <summary>Opens a unit of work with its own database transaction.</summary>
    Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken);
}
