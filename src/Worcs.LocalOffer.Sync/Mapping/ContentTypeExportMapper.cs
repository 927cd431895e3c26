using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Sync.Models;
using EngineKind = Worcs.LocalOffer.Engine.ContentTypes.ContentTypeKind;
using SyncKind = Worcs.LocalOffer.Sync.Models.ContentTypeKind;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>
/// Maps a stored type to its file. What the engine does not store (thumbnail, history cleanup, templates, folder,
/// label-on-top, unknown XML) comes from <c>existing</c>, the file being overwritten,
/// or uSync's defaults when there is none.
/// </summary>
public static class ContentTypeExportMapper
{
    public static SyncContentType ToSync(
        ContentType type,
        IReadOnlyDictionary<Guid, ContentType> types,
        IReadOnlyDictionary<Guid, DataType> dataTypes,
        SyncContentType? existing)
    {
        var isDocument = type.Kind == EngineKind.Document;
        var old = existing?.Info;
        var oldProperties = existing?.Properties.ToDictionary(property => property.Key) ?? [];
        var oldTabs = existing?.Tabs.ToDictionary(tab => tab.Key) ?? [];
        var groupNames = type.Groups.ToDictionary(group => group.Alias, group => group.Name, StringComparer.OrdinalIgnoreCase);
        return new SyncContentType
        {
            Kind = isDocument ? SyncKind.Document : SyncKind.Media,
            Key = type.Key,
            Alias = type.Alias,
            Level = existing?.Level ?? 1,
            ExtraAttributes = existing?.ExtraAttributes ?? [],
            ExtraElements = existing?.ExtraElements ?? [],
            Info = new SyncContentTypeInfo
            {
                Name = type.Name,
                Icon = type.Icon,
                Thumbnail = old is null ? (isDocument ? "folder.png" : type.Icon) : old.Thumbnail,
                Description = type.Description,
                AllowAtRoot = type.AllowedAtRoot,
                ListView = type.ListView ?? Guid.Empty,
                Variations = type.Variations.ToString(),
                IsElement = type.IsElement,
                HistoryCleanup = old is null ? (isDocument ? new SyncHistoryCleanup() : null) : old.HistoryCleanup,
                Parent = old?.Parent,
                Folder = old?.Folder,
                Compositions = [.. type.CompositionKeys.Select(key => new SyncReference(key, types.GetValueOrDefault(key)?.Alias ?? ""))],
                DefaultTemplate = old is null ? (isDocument ? "" : null) : old.DefaultTemplate,
                AllowedTemplates = old is null ? (isDocument ? [] : null) : old.AllowedTemplates,
                ExtraElements = old?.ExtraElements ?? [],
            },
            Structure = [.. type.AllowedChildTypeKeys.Select((key, index) => new SyncAllowedChild(key, index, types.GetValueOrDefault(key)?.Alias ?? ""))],
            Tabs = [.. type.Groups.Select(group => new SyncPropertyGroup
            {
                Key = group.Key,
                Caption = group.Name,
                Alias = group.Alias,
                Type = group.Type,
                SortOrder = group.SortOrder,
                ExtraElements = oldTabs.GetValueOrDefault(group.Key)?.ExtraElements ?? [],
            })],
            Properties = [.. type.Properties.Select(property =>
            {
                var previous = oldProperties.GetValueOrDefault(property.Key);
                return new SyncPropertyType
                {
                    Key = property.Key,
                    Name = property.Name,
                    Alias = property.Alias,
                    Definition = property.DataTypeKey,
                    Type = dataTypes.GetValueOrDefault(property.DataTypeKey)?.EditorAlias ?? "",
                    Mandatory = property.Mandatory,
                    Validation = property.ValidationRegex,
                    Description = property.Description ?? "",
                    SortOrder = property.SortOrder,
                    TabAlias = property.GroupAlias,
                    TabName = property.GroupAlias is { } alias ? groupNames.GetValueOrDefault(alias) ?? "" : "",
                    // Media type properties have no Variations element in uSync's files.
                    Variations = isDocument ? property.Variations.ToString() : previous?.Variations,
                    MandatoryMessage = property.MandatoryMessage,
                    ValidationRegExpMessage = property.ValidationRegexMessage,
                    LabelOnTop = previous?.LabelOnTop ?? false,
                    ExtraElements = previous?.ExtraElements ?? [],
                };
            })],
        };
    }
}
