using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Plans data types and content types: compares each file with the stored item and checks what the engine would refuse.</summary>
internal static class SchemaPlanner
{
    public static void PlanDataTypes(SyncPlan plan, SyncFolder folder, IReadOnlyList<DataType> stored)
    {
        var byKey = stored.ToDictionary(dataType => dataType.Key);
        foreach (var file in folder.Files.Where(file => file.Item is SyncDataType))
        {
            var mapped = DataTypeMapper.ToEngine((SyncDataType)file.Item);
            var existing = byKey.GetValueOrDefault(mapped.Key);
            if (stored.FirstOrDefault(other => other.Key != mapped.Key && string.Equals(other.Name, mapped.Name.Trim(), StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                plan.Error(file.Path, $"DataType '{mapped.Name}' ({mapped.Key}): the name is already used by data type {clash.Key} in the database");
            }

            var details = existing is null ? [] : DataTypeMapper.Differences(existing, mapped);
            var kind = existing is null ? SyncChangeKind.Create : details.Count > 0 ? SyncChangeKind.Update : SyncChangeKind.None;
            plan.DataTypes.Add(new(new SyncItemChange(SyncItemType.DataType, mapped.Key, mapped.Name, file.Path, kind, details), mapped));
        }
    }

    public static void PlanContentTypes(SyncPlan plan, SyncFolder folder, IReadOnlyList<ContentType> stored, bool allowDataLoss)
    {
        var byKey = stored.ToDictionary(type => type.Key);
        var files = folder.Files.Where(file => file.Item is SyncContentType).ToList();
        var mappedByKey = files.ToDictionary(file => file.Item.Key, file => (File: file, Type: ContentTypeMapper.ToEngine((SyncContentType)file.Item)));
        foreach (var key in CompositionOrder(mappedByKey.Values.Select(entry => entry.Type).ToList()))
        {
            var (file, mapped) = mappedByKey[key];
            var itemType = mapped.Kind == Engine.ContentTypes.ContentTypeKind.Media ? SyncItemType.MediaType : SyncItemType.ContentType;
            var label = $"{file.Item.ElementName} '{mapped.Alias}' ({mapped.Key})";
            if (stored.FirstOrDefault(other => other.Key != mapped.Key && other.Kind == mapped.Kind && string.Equals(other.Alias, mapped.Alias, StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                plan.Error(file.Path, $"{label}: the alias is already used by type {clash.Key} in the database");
            }

            var existing = byKey.GetValueOrDefault(mapped.Key);
            if (existing is not null && existing.Kind != mapped.Kind)
            {
                plan.Error(file.Path, $"{label}: a {existing.Kind} type cannot become a {mapped.Kind} type");
            }

            var details = existing is null ? [] : ContentTypeComparer.Differences(existing, mapped);
            var losses = existing is null ? [] : ContentTypeComparer.DataLoss(existing, mapped);
            details.AddRange(losses.Select(loss => "data loss: " + loss));
            if (losses.Count > 0 && !allowDataLoss)
            {
                plan.Error(file.Path, $"{label}: refused because {string.Join("; ", losses)}. Import with AllowDataLoss to apply it.");
            }

            var kind = existing is null ? SyncChangeKind.Create : details.Count > 0 ? SyncChangeKind.Update : SyncChangeKind.None;
            var change = new SyncItemChange(itemType, mapped.Key, mapped.Alias, file.Path, kind, details, losses.Count > 0);
            plan.ContentTypes.Add(new(change, mapped));
        }
    }

    /// <summary>Keys ordered so that compositions come first; cycles (which the engine refuses) keep file order.</summary>
    private static List<Guid> CompositionOrder(IReadOnlyList<ContentType> types)
    {
        var byKey = types.ToDictionary(type => type.Key);
        var ordered = new List<Guid>();
        var visited = new HashSet<Guid>();
        void Visit(ContentType type, HashSet<Guid> path)
        {
            if (visited.Contains(type.Key) || !path.Add(type.Key))
            {
                return;
            }

            foreach (var composition in type.CompositionKeys.Where(byKey.ContainsKey))
            {
                Visit(byKey[composition], path);
            }

            visited.Add(type.Key);
            ordered.Add(type.Key);
        }

        foreach (var type in types)
        {
            Visit(type, []);
        }

        return ordered;
    }
}
