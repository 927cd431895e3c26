using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Export;

/// <summary>The files already in the export folder, by key, so that an export keeps their names and what the engine does not store.</summary>
internal sealed class ExistingFiles
{
    private const string DisplayRoot = ".";
    private readonly Dictionary<(Type, Guid), SyncFile> _byKey = [];
    private readonly Dictionary<string, SyncFile> _languages = new(StringComparer.OrdinalIgnoreCase);

    public ExistingFiles(string rootFolder)
    {
        var folder = new SyncFolderReader().Read(rootFolder, DisplayRoot);
        foreach (var file in folder.Files.Where(file => file.Item is not SyncEmpty))
        {
            _byKey.TryAdd((file.Item.GetType(), file.Item.Key), file);
        }

        VersionMarker = folder.Files.FirstOrDefault(file => file.Item is SyncVersionMarker);
        foreach (var file in folder.Files.Where(file => file.Item is SyncLanguage))
        {
            _languages.TryAdd(((SyncLanguage)file.Item).IsoCode, file);
        }
    }

    public SyncFile? VersionMarker { get; }

    public SyncFile? Find<TItem>(Guid key)
        where TItem : SyncItem =>
        _byKey.GetValueOrDefault((typeof(TItem), key));

    /// <summary>The language file with this ISO code: uSync finds languages by code, and their keys differ between uSync versions.</summary>
    public SyncFile? FindLanguage(string isoCode) => _languages.GetValueOrDefault(isoCode);

    public static string RelativePath(SyncFile file) => file.Path[(DisplayRoot.Length + 1)..];
}
