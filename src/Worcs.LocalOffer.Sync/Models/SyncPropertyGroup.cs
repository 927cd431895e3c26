using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>One <c>Tabs/Tab</c>: a property group or tab.</summary>
public sealed record SyncPropertyGroup
{
    public required Guid Key { get; init; }

    /// <summary>The group's name.</summary>
    public required string Caption { get; init; }

    /// <summary>The alias; a group inside a tab has <c>tabAlias/groupAlias</c>.</summary>
    public required string Alias { get; init; }

    /// <summary><c>Group</c> or <c>Tab</c>.</summary>
    public string Type { get; init; } = "Group";

    public int SortOrder { get; init; }

    public IReadOnlyList<XElement> ExtraElements { get; init; } = [];
}
