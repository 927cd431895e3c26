namespace Worcs.LocalOffer.Persistence.Context;

/// <summary>Hands out pooled contexts of the configured provider's subclass.</summary>
internal interface ILocalOfferDbContextFactory
{
    LocalOfferDbContext CreateDbContext();
}
