using System.Text.RegularExpressions;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Persistence.Storage;

internal static partial class TreePaths
{
    /// <summary>
    /// The bounds of every path strictly below <paramref name="path"/>: those starting with <c>path + ","</c> are exactly
    /// those above it and below <c>path + "-"</c>, because '-' follows ',' in byte order. A range keeps the path index
    /// usable on both providers (SQLite's LIKE cannot use a case-sensitive index) and needs no wildcard escaping.
    /// </summary>
    public static (string Lower, string Upper) DescendantRange(string path)
    {
        if (!PathFormat().IsMatch(path))
        {
            throw new ArgumentException($"'{path}' is not a tree path: expected -1 or -20 followed by ',' and 32 hex digits per level.", nameof(path));
        }

        var lower = TreePath.DescendantPrefix(path);
        return (lower, path + "-");
    }

    [GeneratedRegex("^-(1|20)(,[0-9a-f]{32})*$", RegexOptions.CultureInvariant)]
    private static partial Regex PathFormat();
}
