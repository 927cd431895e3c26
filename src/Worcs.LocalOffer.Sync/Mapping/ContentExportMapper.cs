using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>
/// Maps a stored document or media item (its draft) to its file. The template, which the engine does not store, and
/// culture schedules come from the file being overwritten, or are written empty. A recycle bin item is written as
/// uSync writes it: level + 100, <c>Trashed</c> true with the key it is restored to. A culture-variant document gets a
/// name per culture, a <c>Published</c> per culture (true when that culture is live) and, for each property that varies,
/// a value per culture of the draft (blank where it has none), as uSync 17 writes them.
/// </summary>
public static class ContentExportMapper
{
    private static readonly DefaultShortStringHelper Helper =
        new(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>What uSync adds to a trashed item's level, so that trashed items are imported last.</summary>
    public const int TrashedLevel = 100;

    /// <summary>A path segment of <c>Info/Path</c>: the name as a safe alias, e.g. <c>NewsUpdatesAndFeedback</c>.</summary>
    public static string PathSegment(string name) => Helper.CleanStringForSafeAlias(name);

    public static SyncContent ToSync(
        NodeSnapshot stored,
        string contentTypeAlias,
        string parentName,
        string path,
        IReadOnlyList<string> propertyAliases,
        SyncContent? existing,
        ContentShape shape)
    {
        var node = stored.Node;
        var isDocument = node.Kind == NodeKind.Document;
        var binTop = node.Trashed && node.ParentKey is null;
        return new SyncContent
        {
            Kind = isDocument ? ContentKind.Document : ContentKind.Media,
            Key = node.Key,
            Alias = stored.Draft.Name,
            Level = node.Trashed ? node.Level + TrashedLevel : node.Level,
            ExtraAttributes = existing?.ExtraAttributes ?? [],
            ExtraElements = existing?.ExtraElements ?? [],
            Info = new SyncContentInfo
            {
                Parent = binTop && existing is not null ? existing.Info.Parent : new SyncReference(node.ParentKey ?? Guid.Empty, parentName),
                Path = node.Trashed && existing is not null ? existing.Info.Path : path,
                Trashed = node.Trashed,
                TrashedParent = binTop ? node.TrashedFromParentKey : null,
                ContentType = contentTypeAlias,
                CreateDate = node.CreateDate,
                NodeName = new SyncNodeName(stored.Draft.Name) { Cultures = [.. stored.Draft.Cultures.Select(pair => new SyncCultureValue(pair.Key, pair.Value.Name))] },
                SortOrder = node.SortOrder,
                Published = isDocument ? Published(stored) : null,
                Schedule = isDocument ? ContentSchedules.ToXml(node.ScheduledPublishDate, node.ScheduledUnpublishDate, existing?.Info.Schedule) : null,
                Template = isDocument ? existing?.Info.Template ?? SyncTemplateRef.None : null,
                ExtraElements = existing?.Info.ExtraElements ?? [],
            },
            Properties = [.. propertyAliases
                .Where(alias => shape.Varies(alias) ? stored.Draft.Cultures.Count > 0 : Written(alias, stored.Draft.GetValue(alias), existing))
                .Select(alias => new SyncProperty(alias, shape.Varies(alias) ? CultureValues(stored.Draft, alias) : [new SyncPropertyValue(stored.Draft.GetValue(alias) ?? "")]))],
        };
    }

    private static SyncPublished Published(NodeSnapshot stored)
    {
        var live = stored.Node.IsPublished ? stored.Published?.Cultures : null;
        return new SyncPublished(stored.Node.IsPublished)
        {
            Cultures = [.. stored.Draft.Cultures.Keys.Select(culture => new SyncCulturePublished(culture, live?.ContainsKey(culture) == true))],
        };
    }

    private static List<SyncPropertyValue> CultureValues(NodeVersion draft, string alias) =>
        [.. draft.Cultures.Select(pair => new SyncPropertyValue(pair.Value.GetValue(alias) ?? "") { Culture = pair.Key })];

    /// <summary>
    /// Every property is written, empty ones too, except Umbraco's file-derived media properties (<c>umbracoBytes</c>,
    /// <c>umbracoExtension</c>…) while empty, unless the existing file lists them.
    /// </summary>
    private static bool Written(string alias, string? value, SyncContent? existing) =>
        !string.IsNullOrEmpty(value)
        || !alias.StartsWith("umbraco", StringComparison.OrdinalIgnoreCase)
        || existing?.Properties.Any(property => string.Equals(property.Alias, alias, StringComparison.OrdinalIgnoreCase)) == true;
}
