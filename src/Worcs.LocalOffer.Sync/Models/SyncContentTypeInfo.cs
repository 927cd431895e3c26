using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>
/// The <c>Info</c> element of a content or media type. Nullable strings marked "always written" give
/// <c>&lt;X /&gt;</c> for <see langword="null"/> and <c>&lt;X&gt;&lt;/X&gt;</c> for empty; the others are left out when
/// <see langword="null"/>.
/// </summary>
public sealed record SyncContentTypeInfo
{
    public required string Name { get; init; }

    public string? Icon { get; init; }

    public string? Thumbnail { get; init; }

    /// <summary>Always written.</summary>
    public string? Description { get; init; } = "";

    public bool AllowAtRoot { get; init; }

    /// <summary>The collection (list view) data type key; <see cref="Guid.Empty"/> for none.</summary>
    public Guid ListView { get; init; }

    public string Variations { get; init; } = "Nothing";

    public bool IsElement { get; init; }

    /// <summary>Document types only.</summary>
    public SyncHistoryCleanup? HistoryCleanup { get; init; }

    /// <summary>The master type; when set, <see cref="Folder"/> is ignored by uSync.</summary>
    public SyncReference? Parent { get; init; }

    public string? Folder { get; init; }

    public IReadOnlyList<SyncReference> Compositions { get; init; } = [];

    /// <summary>Document types only: the default template alias, empty for none.</summary>
    public string? DefaultTemplate { get; init; }

    /// <summary>Document types only.</summary>
    public IReadOnlyList<SyncReference>? AllowedTemplates { get; init; }

    public IReadOnlyList<XElement> ExtraElements { get; init; } = [];
}
