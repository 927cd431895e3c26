using Microsoft.EntityFrameworkCore.Storage;

namespace Worcs.LocalOffer.Persistence.Providers;

/// <summary>A commit's transaction, as EF sees it, plus the provider transaction we opened ourselves, if any.</summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction, IAsyncDisposable? ownTransaction = null) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back unless committed.</summary>
    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        if (ownTransaction is not null)
        {
            await ownTransaction.DisposeAsync();
        }
    }
}
