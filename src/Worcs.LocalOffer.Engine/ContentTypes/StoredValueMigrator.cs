using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Schema;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>
/// Carries stored values along when a type changes: removed properties lose their values, renamed ones move,
/// and a changed data type converts each value or refuses the whole change.
/// </summary>
internal sealed class StoredValueMigrator(PropertyEditorCollection editors)
{
    private const int MaxReportedFailures = 50;

    /// <summary>Rewrites every version of every affected node; returns the affected node keys, or the conversion failures.</summary>
    public async Task<OperationResult<IReadOnlyList<Guid>>> MigrateAsync(
        IUnitOfWork unitOfWork,
        ContentType updated,
        IReadOnlyDictionary<Guid, ContentType> before,
        IReadOnlyDictionary<Guid, DataType> dataTypes,
        CancellationToken cancellationToken)
    {
        var after = new Dictionary<Guid, ContentType>(before) { [updated.Key] = updated };
        var changesByType = new Dictionary<Guid, List<PropertyChange>>();
        foreach (var typeKey in TypesComposing(updated.Key, after))
        {
            var changes = PropertyChange.Between(
                before.TryGetValue(typeKey, out var old) ? CompositionResolver.PropertiesOf(old, before.GetValueOrDefault) : [],
                CompositionResolver.PropertiesOf(after[typeKey], after.GetValueOrDefault));
            if (changes.Count > 0)
            {
                changesByType[typeKey] = changes;
            }
        }

        if (changesByType.Count == 0)
        {
            return OperationResult<IReadOnlyList<Guid>>.Success([]);
        }

        var nodes = await unitOfWork.Nodes.GetByContentTypesAsync(changesByType.Keys, cancellationToken);
        var nodesByKey = nodes.ToDictionary(node => node.Key);
        var versions = await unitOfWork.Versions.GetAllForNodesAsync(nodesByKey.Keys, cancellationToken);
        var failures = new List<ValidationError>();
        foreach (var version in versions)
        {
            var node = nodesByKey[version.NodeKey];
            if (Apply(version, node, changesByType[node.ContentTypeKey], dataTypes, failures))
            {
                unitOfWork.Versions.Update(version);
            }
        }

        if (failures.Count > 0)
        {
            var reported = failures.DistinctBy(failure => failure.Path).Take(MaxReportedFailures).ToList();
            return OperationResult<IReadOnlyList<Guid>>.Fail(OperationStatus.Invalid, reported);
        }

        return OperationResult<IReadOnlyList<Guid>>.Success([.. nodesByKey.Keys]);
    }

    /// <summary>Applies the changes to the invariant values and to each culture's values of one version.</summary>
    private bool Apply(NodeVersion version, Node node, List<PropertyChange> changes, IReadOnlyDictionary<Guid, DataType> dataTypes, List<ValidationError> failures)
    {
        var changed = Apply(version.Values, "properties", node, changes, dataTypes, failures);
        foreach (var (culture, variant) in version.Cultures)
        {
            changed |= Apply(variant.Values, $"cultures.{culture}.properties", node, changes, dataTypes, failures);
        }

        return changed;
    }

    private bool Apply(Dictionary<string, string?> values, string prefix, Node node, List<PropertyChange> changes, IReadOnlyDictionary<Guid, DataType> dataTypes, List<ValidationError> failures)
    {
        var changed = false;
        foreach (var change in changes)
        {
            if (!values.Remove(change.Before!.Alias, out var value))
            {
                continue;
            }

            changed = true;
            if (change.IsRemoved)
            {
                continue;
            }

            var path = $"documents.{node.Key}.{prefix}.{change.After!.Alias}";
            if (change.IsDataTypeChanged && !TryConvert(change, value, path, dataTypes, out value, out var reason))
            {
                failures.Add(new ValidationError(path, $"'{node.Name}' has a value for '{change.After.Alias}' that cannot be converted: {reason}"));
            }

            values[change.After.Alias] = value;
        }

        return changed;
    }

    private bool TryConvert(PropertyChange change, string? value, string path, IReadOnlyDictionary<Guid, DataType> dataTypes, out string? converted, out string? reason)
    {
        converted = null;
        var source = dataTypes.GetValueOrDefault(change.Before!.DataTypeKey);
        var target = dataTypes.GetValueOrDefault(change.After!.DataTypeKey);
        if (source is null || target is null || !editors.TryGet(source.EditorAlias, out var sourceEditor) || !editors.TryGet(target.EditorAlias, out var targetEditor))
        {
            reason = "the old or new data type or its editor is missing";
            return false;
        }

        var context = new PropertyEditorContext(path, target, Schema.Schema.ParseConfiguration(target.ConfigurationJson), ValidationMode.Save, FormatOnlyElementValidator.Instance);
        return targetEditor.TryConvertFrom(sourceEditor, value, context, out converted, out reason);
    }

    private static IEnumerable<Guid> TypesComposing(Guid typeKey, IReadOnlyDictionary<Guid, ContentType> types) =>
        types.Values.Where(type => type.Key == typeKey || CompositionResolver.Composes(type, typeKey, types.GetValueOrDefault)).Select(type => type.Key);
}
