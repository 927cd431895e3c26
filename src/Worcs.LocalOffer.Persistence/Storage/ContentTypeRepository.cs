using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class ContentTypeRepository(LocalOfferDbContext context) : IContentTypeRepository
{
    public Task<ContentType?> GetAsync(Guid key, CancellationToken cancellationToken) =>
        context.ContentTypes.FindAsync([key], cancellationToken).AsTask();

    /// <summary>Matches the alias exactly, as the unique index does.</summary>
    public Task<ContentType?> GetByAliasAsync(ContentTypeKind kind, string alias, CancellationToken cancellationToken) =>
        context.ContentTypes.SingleOrDefaultAsync(contentType => contentType.Kind == kind && contentType.Alias == alias, cancellationToken);

    public async Task<IReadOnlyList<ContentType>> GetAllAsync(CancellationToken cancellationToken) =>
        await context.ContentTypes.OrderBy(contentType => contentType.Alias).ThenBy(contentType => contentType.Key).ToListAsync(cancellationToken);

    public void Add(ContentType contentType) => context.ContentTypes.Add(contentType);

    public void Update(ContentType contentType) =>
        TrackedUpdates.MarkChanged(
            context,
            contentType,
            nameof(ContentType.AllowedChildTypeKeys),
            nameof(ContentType.CompositionKeys),
            nameof(ContentType.Groups),
            nameof(ContentType.Properties));

    public void Remove(ContentType contentType) => context.ContentTypes.Remove(contentType);
}
