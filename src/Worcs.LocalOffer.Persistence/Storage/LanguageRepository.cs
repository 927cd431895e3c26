using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class LanguageRepository(LocalOfferDbContext context) : ILanguageRepository
{
    public async Task<IReadOnlyList<Language>> GetAllAsync(CancellationToken cancellationToken) =>
        await context.Languages.OrderByDescending(language => language.IsDefault).ThenBy(language => language.IsoCode).ToListAsync(cancellationToken);

    public void Add(Language language) => context.Languages.Add(language);

    public void Remove(Language language) => context.Languages.Remove(language);
}
