using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>The live (non-<c>Empty</c>) items of a folder, by what references point at.</summary>
internal sealed class FolderIndex
{
    private OfflineSchema? _schema;

    public FolderIndex(SyncFolder folder, SyncValidationOptions options)
    {
        Folder = folder;
        Options = options;
        DataTypeKeys = [.. Live<SyncDataType>().Select(file => file.Item.Key), .. options.KnownDataTypeKeys, .. options.KnownDataTypes.Select(dataType => dataType.Key)];
        ContentTypeKeys = [.. Live<SyncContentType>().Select(file => file.Item.Key), .. options.KnownContentTypeKeys, .. options.KnownContentTypes.Select(type => type.Key)];
        ContentTypeAliases = Live<SyncContentType>()
            .Select(file => ((SyncContentType)file.Item).Kind + ":" + file.Item.Alias)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        ContentKeys = [.. Live<SyncContent>().Select(file => ((SyncContent)file.Item).Kind + ":" + file.Item.Key)];
        var languages = options.KnownLanguages.ToDictionary(language => language.IsoCode, StringComparer.OrdinalIgnoreCase);
        foreach (var file in Live<SyncLanguage>())
        {
            var language = LanguageMapper.ToEngine((SyncLanguage)file.Item);
            languages[language.IsoCode] = language;
        }

        Languages = languages;
    }

    public SyncFolder Folder { get; }

    /// <summary>The site's schema with the folder's data types and types over it, checked by the engine's own validators.</summary>
    public OfflineSchema Schema => _schema ??= Options.Engine.Load(
        [.. Options.KnownDataTypes, .. Live<SyncDataType>().Select(file => DataTypeMapper.ToEngine((SyncDataType)file.Item))],
        [.. Options.KnownContentTypes, .. Live<SyncContentType>().Select(file => ContentTypeMapper.ToEngine((SyncContentType)file.Item))]);

    public SyncValidationOptions Options { get; }

    public HashSet<Guid> DataTypeKeys { get; }

    public HashSet<Guid> ContentTypeKeys { get; }

    /// <summary><c>Document:alias</c> / <c>Media:alias</c>.</summary>
    public HashSet<string> ContentTypeAliases { get; }

    /// <summary>The site's languages with the folder's over them, by ISO code.</summary>
    public IReadOnlyDictionary<string, Language> Languages { get; }

    /// <summary>The default language after an import: the folder's default, else the site's.</summary>
    public string? DefaultCulture => Import.ContentShapes.DefaultCulture(Options.KnownLanguages, Live<SyncLanguage>().Select(file => LanguageMapper.ToEngine((SyncLanguage)file.Item)));

    /// <summary>How the item's type splits its values between invariant ones and cultures.</summary>
    public ContentShape ShapeOf(ContentType type) => ContentShape.For(type, Schema.PropertiesOf(type), DefaultCulture);

    /// <summary><c>Document:key</c> / <c>Media:key</c>.</summary>
    public HashSet<string> ContentKeys { get; }

    /// <summary>Documents and media outside the recycle bin (which the import skips) whose type is known, with that type.</summary>
    public IEnumerable<(SyncFile File, SyncContent Content, ContentType Type)> TypedNodes()
    {
        foreach (var file in Live<SyncContent>())
        {
            var content = (SyncContent)file.Item;
            var kind = content.Kind == ContentKind.Media ? Engine.ContentTypes.ContentTypeKind.Media : Engine.ContentTypes.ContentTypeKind.Document;
            if (!content.Info.Trashed && Schema.FindType(kind, content.Info.ContentType) is { } type)
            {
                yield return (file, content, type);
            }
        }
    }

    public IEnumerable<SyncFile> Live<TItem>()
        where TItem : SyncItem =>
        Folder.Files.Where(file => file.Item is TItem);
}
