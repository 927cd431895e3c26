using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync;

/// <summary>One file read from a uSync folder.</summary>
/// <param name="Path">The path as reported in problems, with <c>/</c> separators.</param>
/// <param name="Item">The model.</param>
/// <param name="NewLine">The file's newline style, to write it back the same way.</param>
/// <param name="Source">The parsed XML with line information, for reporting problems against it.</param>
public sealed record SyncFile(string Path, SyncItem Item, SyncNewLine NewLine, XElement Source)
{
    /// <summary>
    /// The handler folder the file was found in (<c>DataTypes</c>, <c>Content</c>…), empty for the root
    /// <c>usync.config</c>; <see langword="null"/> when the file was read on its own.
    /// </summary>
    public string? HandlerFolder { get; init; }
}
