using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Validation.Offline;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>What the validator may assume exists outside the folder, and the engine rules it checks values with.</summary>
public sealed record SyncValidationOptions
{
    /// <summary>Property editor aliases the target site has; a data type using another one cannot be imported.</summary>
    public IReadOnlySet<string> InstalledEditorAliases { get; init; } = InstalledEditors.Engine;

    /// <summary>Data types the site already has (e.g. built-ins not exported), for resolving <c>Definition</c> keys.</summary>
    public IReadOnlySet<Guid> KnownDataTypeKeys { get; init; } = new HashSet<Guid>();

    /// <summary>Content and media types the site already has, for compositions, structure and parents.</summary>
    public IReadOnlySet<Guid> KnownContentTypeKeys { get; init; } = new HashSet<Guid>();

    /// <summary>The site's languages, which the folder's own replace by ISO code; content may be written in any of them.</summary>
    public IReadOnlyList<Language> KnownLanguages { get; init; } = [];

    /// <summary>The site's data types, which the folder's own replace by key, for checking values.</summary>
    public IReadOnlyList<DataType> KnownDataTypes { get; init; } = [];

    /// <summary>The site's types, which the folder's own replace by key, for checking types and values.</summary>
    public IReadOnlyList<ContentType> KnownContentTypes { get; init; } = [];

    /// <summary>The engine's editors, content rules and value size limits; the site's configuration in the CLI and import.</summary>
    public OfflineValidation Engine { get; init; } = OfflineValidation.Defaults;

    /// <summary>
    /// Checks each document's and media item's name, place and values as the engine would on writing it (default).
    /// The import turns this off: the engine checks the items it writes, and it does not rewrite unchanged ones.
    /// </summary>
    public bool CheckValues { get; init; } = true;

    /// <summary>
    /// The folders holding <c>media/…</c> download files (<c>uSync/Files</c>); every upload value under
    /// <c>/media/</c> must name a file in one of them. Empty skips the check.
    /// </summary>
    public IReadOnlyList<string> FilesFolders { get; init; } = [];
}
