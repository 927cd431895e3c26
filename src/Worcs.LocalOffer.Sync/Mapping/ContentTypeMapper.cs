using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Sync.Models;
using EngineKind = Worcs.LocalOffer.Engine.ContentTypes.ContentTypeKind;
using SyncKind = Worcs.LocalOffer.Sync.Models.ContentTypeKind;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>Maps document, element and media type files to engine content types.</summary>
public static class ContentTypeMapper
{
    public static ContentType ToEngine(SyncContentType file) =>
        new()
        {
            Key = file.Key,
            Kind = file.Kind == SyncKind.Media ? EngineKind.Media : EngineKind.Document,
            Alias = file.Alias,
            Name = file.Info.Name,
            Icon = file.Info.Icon,
            Description = file.Info.Description,
            AllowedAtRoot = file.Info.AllowAtRoot,
            IsElement = file.Info.IsElement,
            Variations = SyncVariations.Parse(file.Info.Variations) ?? ContentVariation.Nothing,
            ListView = file.Info.ListView == Guid.Empty ? null : file.Info.ListView,
            AllowedChildTypeKeys = [.. file.Structure.OrderBy(child => child.SortOrder).Select(child => child.Key)],
            CompositionKeys = [.. file.Info.Compositions.Select(composition => composition.Key)],
            Groups = [.. file.Tabs.Select(tab => new PropertyGroup
            {
                Key = tab.Key,
                Alias = tab.Alias,
                Name = tab.Caption,
                Type = tab.Type,
                SortOrder = tab.SortOrder,
            })],
            Properties = [.. file.Properties.Select(property => new PropertyType
            {
                Key = property.Key,
                Alias = property.Alias,
                Name = property.Name,
                Description = property.Description,
                DataTypeKey = property.Definition,
                GroupAlias = property.TabAlias,
                Variations = SyncVariations.Parse(property.Variations) ?? ContentVariation.Nothing,
                Mandatory = property.Mandatory,
                MandatoryMessage = property.MandatoryMessage,
                ValidationRegex = property.Validation,
                ValidationRegexMessage = property.ValidationRegExpMessage,
                SortOrder = property.SortOrder,
            })],
        };

    /// <summary>A copy of <paramref name="type"/> whose compositions and allowed children are limited to <paramref name="existing"/> types.</summary>
    public static ContentType WithReferencesTo(ContentType type, IReadOnlySet<Guid> existing) =>
        new()
        {
            Key = type.Key,
            Kind = type.Kind,
            Alias = type.Alias,
            Name = type.Name,
            Icon = type.Icon,
            Description = type.Description,
            AllowedAtRoot = type.AllowedAtRoot,
            IsElement = type.IsElement,
            Variations = type.Variations,
            ListView = type.ListView,
            AllowedChildTypeKeys = [.. type.AllowedChildTypeKeys.Where(existing.Contains)],
            CompositionKeys = [.. type.CompositionKeys.Where(existing.Contains)],
            Groups = type.Groups,
            Properties = type.Properties,
        };
}
