using Microsoft.EntityFrameworkCore;

namespace Worcs.LocalOffer.Persistence.Context;

internal sealed class PooledDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : ILocalOfferDbContextFactory
    where TContext : LocalOfferDbContext
{
    public LocalOfferDbContext CreateDbContext() => inner.CreateDbContext();
}
