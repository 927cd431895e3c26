using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>
/// One <c>GenericProperty</c>. Nullable strings give <c>&lt;X /&gt;</c> for <see langword="null"/> and
/// <c>&lt;X&gt;&lt;/X&gt;</c> for empty, except <see cref="Variations"/>, which media types leave out.
/// </summary>
public sealed record SyncPropertyType
{
    public required Guid Key { get; init; }

    public required string Name { get; init; }

    public required string Alias { get; init; }

    /// <summary>The data type key.</summary>
    public required Guid Definition { get; init; }

    /// <summary>The editor alias, for information only; uSync reads the data type from <see cref="Definition"/>.</summary>
    public required string Type { get; init; }

    public bool Mandatory { get; init; }

    public string? Validation { get; init; } = "";

    /// <summary>Always written as CDATA.</summary>
    public string Description { get; init; } = "";

    public int SortOrder { get; init; }

    /// <summary>The group alias (<c>tab/group</c> when nested); <see langword="null"/> for an ungrouped property.</summary>
    public string? TabAlias { get; init; }

    /// <summary>The group name; empty for an ungrouped property.</summary>
    public string TabName { get; init; } = "";

    /// <summary>Document types only; <see langword="null"/> leaves the element out.</summary>
    public string? Variations { get; init; }

    public string? MandatoryMessage { get; init; } = "";

    public string? ValidationRegExpMessage { get; init; } = "";

    public bool LabelOnTop { get; init; }

    public IReadOnlyList<XElement> ExtraElements { get; init; } = [];
}
