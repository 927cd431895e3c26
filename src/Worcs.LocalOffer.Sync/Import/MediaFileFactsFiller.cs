using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Schema;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Fills <c>umbracoBytes</c>, <c>umbracoExtension</c>, <c>umbracoWidth</c> and <c>umbracoHeight</c> of imported media
/// from the files they point to, as Umbraco does on upload, for the properties the media type has, those it gets
/// through compositions included. A file that cannot be read as the image it claims to be is an error naming it, so
/// nothing is imported.
/// </summary>
internal sealed class MediaFileFactsFiller(IMediaFileInspector inspector, IReadOnlyList<string> mediaFolders, Dictionary<string, HashSet<string>> typeProperties)
{
    public static MediaFileFactsFiller Create(IMediaFileInspector inspector, IReadOnlyList<string> mediaFolders, SyncFolder folder, IReadOnlyList<ContentType> storedTypes)
    {
        // The folder's types replace the stored ones they update (by key, and by alias for the filler); compositions
        // resolve across both.
        var folderTypes = folder.Files.Select(file => file.Item).OfType<SyncContentType>().Select(Mapping.ContentTypeMapper.ToEngine).ToList();
        var types = storedTypes.ToDictionary(type => type.Key);
        foreach (var type in folderTypes)
        {
            types[type.Key] = type;
        }

        var properties = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in storedTypes.Concat(folderTypes).Where(type => type.Kind == Engine.ContentTypes.ContentTypeKind.Media))
        {
            properties[type.Alias] = CompositionResolver.PropertiesOf(type, types.GetValueOrDefault).Select(property => property.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        return new MediaFileFactsFiller(inspector, mediaFolders, properties);
    }

    public SyncContent Fill(SyncPlan plan, string path, SyncContent content)
    {
        var values = Mapping.ContentMapper.Values(content);
        var relative = MediaFileValue.RelativePath(values.GetValueOrDefault(MediaPropertyAliases.File));
        if (relative is null || MediaFiles.IsUnsafe(relative) || !typeProperties.TryGetValue(content.Info.ContentType, out var aliases))
        {
            return content;
        }

        // A later root's file replaces an earlier one's, as the copy does.
        var source = mediaFolders.Reverse().Select(folder => Path.Combine(folder, relative)).FirstOrDefault(File.Exists);
        if (source is null)
        {
            return content;
        }

        MediaFileFacts facts;
        try
        {
            facts = inspector.Inspect(source);
        }
        catch (InvalidMediaFileException exception)
        {
            plan.Error(path, $"Media '{Mapping.ContentMapper.Name(content)}' ({content.Key}): {exception.Message}");
            return content;
        }

        var filled = facts.ToValues().Where(fact => aliases.Contains(fact.Key)).ToDictionary(fact => fact.Key, fact => fact.Value, StringComparer.OrdinalIgnoreCase);
        var properties = content.Properties.Where(property => !filled.ContainsKey(property.Alias))
            .Concat(filled.Select(fact => new SyncProperty(fact.Key, [new SyncPropertyValue(fact.Value)])))
            .ToList();
        return content with { Properties = properties };
    }
}
