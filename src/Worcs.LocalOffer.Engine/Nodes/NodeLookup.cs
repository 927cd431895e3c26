using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Nodes;

internal static class NodeLookup
{
    /// <summary>Loads a node of the given kind and checks the revision the caller expects, if any.</summary>
    public static async Task<OperationResult<Node>> LoadAsync(IUnitOfWork unitOfWork, NodeKind kind, Guid key, int? expectedRevision, CancellationToken cancellationToken)
    {
        var node = await unitOfWork.Nodes.GetAsync(key, cancellationToken);
        if (node is null || node.Kind != kind)
        {
            return OperationResult<Node>.NotFound("key", key);
        }

        if (expectedRevision is { } expected && expected != node.Revision)
        {
            return OperationResult<Node>.Fail(OperationStatus.Conflict, new ValidationError("revision", $"'{node.Name}' was changed by someone else (revision {node.Revision}, you loaded {expected}); reload it and try again."));
        }

        return OperationResult<Node>.Success(node);
    }
}
