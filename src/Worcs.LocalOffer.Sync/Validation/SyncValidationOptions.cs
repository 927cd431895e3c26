namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>What the validator may assume exists outside the folder.</summary>
public sealed record SyncValidationOptions
{
    /// <summary>Property editor aliases the target site has; a data type using another one cannot be imported.</summary>
    public IReadOnlySet<string> InstalledEditorAliases { get; init; } = InstalledEditors.Engine;

    /// <summary>Data types the site already has (e.g. built-ins not exported), for resolving <c>Definition</c> keys.</summary>
    public IReadOnlySet<Guid> KnownDataTypeKeys { get; init; } = new HashSet<Guid>();

    /// <summary>Content and media types the site already has, for compositions, structure and parents.</summary>
    public IReadOnlySet<Guid> KnownContentTypeKeys { get; init; } = new HashSet<Guid>();
}
