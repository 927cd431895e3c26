using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.Engine.Storage;

public interface IContentTypeRepository
{
    Task<ContentType?> GetAsync(Guid key, CancellationToken cancellationToken);

    Task<ContentType?> GetByAliasAsync(ContentTypeKind kind, string alias, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContentType>> GetAllAsync(CancellationToken cancellationToken);

    void Add(ContentType contentType);

    /// <summary>Marks a tracked type as changed after its lists were edited in place.</summary>
    void Update(ContentType contentType);

    void Remove(ContentType contentType);
}
