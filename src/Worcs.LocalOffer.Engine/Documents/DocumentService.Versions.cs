using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Documents;

public sealed partial class DocumentService
{
    /// <summary>Every saved version of a document, newest first.</summary>
    public async Task<IReadOnlyList<NodeVersion>> GetHistoryAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
        return await unitOfWork.Versions.GetHistoryAsync(key, cancellationToken);
    }

    /// <summary>Makes an earlier version the draft again, as a new version. Values of properties the type no longer has are left out.</summary>
    public Task<OperationResult<Node>> RollbackAsync(Guid key, Guid versionId, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                var version = await unitOfWork.Versions.GetAsync(versionId, cancellationToken);
                if (version is null || version.NodeKey != key)
                {
                    return OperationResult<Node>.Fail(OperationStatus.NotFound, new ValidationError("versionId", $"Document {key} has no version {versionId}."));
                }

                var node = await unitOfWork.Nodes.GetAsync(key, cancellationToken);
                var type = node is null ? null : await unitOfWork.ContentTypes.GetAsync(node.ContentTypeKey, cancellationToken);
                var schema = await Schema.Schema.LoadAsync(unitOfWork, type!.Key, cancellationToken);
                var current = schema.PropertiesOf(type).Select(property => property.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
                Dictionary<string, string?> Current(Dictionary<string, string?> values) => values.Where(pair => current.Contains(pair.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase);
                var cultures = version.Cultures.ToDictionary(pair => pair.Key, pair => new CultureVariantRequest(pair.Value.Name, Current(pair.Value.Values)), StringComparer.OrdinalIgnoreCase);
                var request = new NodeUpdateRequest(key, version.Name, Current(version.Values), expectedRevision, cultures);
                return await ThenPublishAsync(unitOfWork, await _writer.UpdateAsync(unitOfWork, Kind, request, ValidationMode.Save, cancellationToken), false, cancellationToken);
            },
            cancellationToken);

    /// <summary>
    /// Sets when the document is published and unpublished by the scheduler. Null clears that part of the
    /// schedule. Times are UTC, must be in the future, and unpublish must come after publish.
    /// </summary>
    public Task<OperationResult<Node>> ScheduleAsync(Guid key, DateTime? publishAtUtc, DateTime? unpublishAtUtc, int? expectedRevision = null, CancellationToken cancellationToken = default) =>
        _unitsOfWork.RunAsync(
            async unitOfWork =>
            {
                var loaded = await NodeLookup.LoadAsync(unitOfWork, Kind, key, expectedRevision, cancellationToken);
                if (loaded.Value is not { } node)
                {
                    return loaded;
                }

                var errors = ScheduleRules.Check(_clock.GetUtcNow().UtcDateTime, publishAtUtc, unpublishAtUtc, node.Trashed);
                if (errors.Count > 0)
                {
                    return OperationResult<Node>.Fail(OperationStatus.Invalid, errors);
                }

                node.ScheduledPublishDate = publishAtUtc;
                node.ScheduledUnpublishDate = unpublishAtUtc;
                node.Revision++;
                return OperationResult<Node>.Success(node);
            },
            cancellationToken);
}
