using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class RedirectUrlRepository(LocalOfferDbContext context) : IRedirectUrlRepository
{
    public Task<RedirectUrl?> GetMostRecentAsync(string url, Guid? rootKey, CancellationToken cancellationToken) =>
        context.RedirectUrls
            .Where(redirect => redirect.Url == url && (rootKey == null || redirect.RootKey == rootKey))
            .OrderByDescending(redirect => redirect.CreateDateUtc)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<RedirectUrl>> GetByUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken)
    {
        var found = new List<RedirectUrl>();
        foreach (var chunk in urls.Chunk(500))
        {
            found.AddRange(await context.RedirectUrls.Where(redirect => chunk.Contains(redirect.Url)).ToListAsync(cancellationToken));
        }

        return found;
    }

    public async Task<IReadOnlyList<string>> GetAllUrlsAsync(CancellationToken cancellationToken) =>
        await context.RedirectUrls.Select(redirect => redirect.Url).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<RedirectUrl>> GetForContentAsync(Guid contentKey, CancellationToken cancellationToken) =>
        await context.RedirectUrls
            .Where(redirect => redirect.ContentKey == contentKey)
            .OrderByDescending(redirect => redirect.CreateDateUtc)
            .ToListAsync(cancellationToken);

    public void Add(RedirectUrl redirect) => context.RedirectUrls.Add(redirect);

    public void Remove(RedirectUrl redirect) => context.RedirectUrls.Remove(redirect);
}
