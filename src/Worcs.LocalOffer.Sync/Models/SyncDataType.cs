using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Models;

/// <summary>A <c>DataTypes/*.config</c> file. <see cref="SyncItem.Alias"/> is the data type's name.</summary>
public sealed record SyncDataType : SyncItem
{
    public override string ElementName => "DataType";

    public int Level { get; init; } = 1;

    public required string Name { get; init; }

    public required string EditorAlias { get; init; }

    /// <summary>Written <c>EditorUIAlias</c>; <see langword="null"/> leaves the element out (pre-v14 files).</summary>
    public string? EditorUiAlias { get; init; }

    /// <summary>The folder path; written only when not <see langword="null"/>.</summary>
    public string? Folder { get; init; }

    /// <summary>The configuration JSON exactly as written inside the CDATA; see <see cref="Formats.SyncJson"/>.</summary>
    public string Config { get; init; } = "{}";

    public IReadOnlyList<XElement> ExtraInfoElements { get; init; } = [];
}
