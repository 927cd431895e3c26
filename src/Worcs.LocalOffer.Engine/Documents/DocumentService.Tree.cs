using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Documents;

public sealed partial class DocumentService
{
    /// <summary>Moves a document and its descendants under <paramref name="parentKey"/> (null for the root).</summary>
    public Task<OperationResult<Node>> MoveAsync(Guid key, Guid? parentKey, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _tree.MoveAsync(Kind, key, parentKey, expectedRevision, cancellationToken);

    public Task<OperationResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken = default) =>
        _tree.SortAsync(Kind, parentKey, orderedKeys, cancellationToken);

    /// <summary>Gives one document an exact sort order among its siblings, leaving theirs alone.</summary>
    public Task<OperationResult<Node>> SetSortOrderAsync(Guid key, int sortOrder, CancellationToken cancellationToken = default) =>
        _tree.SetSortOrderAsync(Kind, key, sortOrder, cancellationToken);

    /// <summary>Copies a document's draft as a new unpublished document.</summary>
    public Task<OperationResult<Node>> CopyAsync(Guid key, Guid? parentKey, bool includeDescendants = false, CancellationToken cancellationToken = default) =>
        _tree.CopyAsync(Kind, key, parentKey, includeDescendants, cancellationToken);

    /// <summary>Moves a document and its descendants to the recycle bin, unpublishing them.</summary>
    public Task<OperationResult<Node>> TrashAsync(Guid key, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _tree.TrashAsync(Kind, key, expectedRevision, cancellationToken);

    /// <summary>Restores a recycle bin item to where it was, or under <paramref name="parentKey"/>. It stays unpublished.</summary>
    public Task<OperationResult<Node>> RestoreAsync(Guid key, Guid? parentKey = null, CancellationToken cancellationToken = default) =>
        _tree.RestoreAsync(Kind, key, parentKey, cancellationToken);

    /// <summary>Deletes a document, its descendants and all their versions for good.</summary>
    public Task<OperationResult> DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        _tree.DeleteAsync(Kind, key, cancellationToken);

    public Task<IReadOnlyList<Node>> GetRecycleBinAsync(CancellationToken cancellationToken = default) =>
        _tree.GetRecycleBinAsync(Kind, cancellationToken);

    public Task<OperationResult> EmptyRecycleBinAsync(CancellationToken cancellationToken = default) =>
        _tree.EmptyRecycleBinAsync(Kind, cancellationToken);
}
