using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Sync.Import;

public sealed record SyncImportOptions
{
    /// <summary>Applies type changes that remove properties or change their data type, losing or converting stored values.</summary>
    public bool AllowDataLoss { get; init; }

    /// <summary>
    /// Where media files are copied to (the folder that <c>/media/…</c> values point into). Null copies nothing.
    /// </summary>
    public string? MediaRoot { get; init; }

    /// <summary>The folder holding <c>media/…</c> download files; null means <c>Files</c> beside the uSync root (<c>uSync/Files</c>).</summary>
    public string? FilesFolder { get; init; }

    /// <summary>Imports data types and content and media types only, leaving documents and media as editors left them.</summary>
    public bool SchemaOnly { get; init; }

    /// <summary>Editors the site has; defaults to the engine's.</summary>
    public IReadOnlySet<string>? InstalledEditorAliases { get; init; }

    /// <summary>The stored schema for references; download files are checked when they are to be copied. The engine checks values as it writes them.</summary>
    internal SyncValidationOptions ValidationOptions(IReadOnlyList<string> rootFolders, IReadOnlyList<Language> languages, IReadOnlyList<DataType> dataTypes, IReadOnlyList<ContentType> contentTypes, OfflineValidation engine) =>
        new()
        {
            InstalledEditorAliases = InstalledEditorAliases ?? InstalledEditors.Engine,
            KnownLanguages = languages,
            KnownDataTypes = dataTypes,
            KnownContentTypes = contentTypes,
            Engine = engine,
            CheckValues = false,
            FilesFolders = MediaRoot is null ? [] : [.. MediaFiles.Sources(rootFolders, this).Select(media => Path.GetDirectoryName(media)!)],
        };
}
