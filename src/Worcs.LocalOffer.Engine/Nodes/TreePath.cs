namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>
/// Builds Umbraco-style tree paths. A path lists the node's ancestors' keys from the root down, then its own,
/// after <c>-1</c> for the tree root or <c>-20</c> for the recycle bin (Umbraco's own markers).
/// </summary>
public static class TreePath
{
    public const string Root = "-1";

    public const string RecycleBin = "-20";

    public static string Of(Guid key, string parentPath) => parentPath + "," + key.ToString("N");

    public static string DescendantPrefix(string path) => path + ",";

    /// <summary>The keys of the node's ancestors, root first.</summary>
    public static IReadOnlyList<Guid> AncestorKeys(string path) =>
        [.. path.Split(',').Skip(1).SkipLast(1).Select(part => Guid.ParseExact(part, "N"))];

    public static bool IsInside(string path, string ancestorPath) =>
        path.StartsWith(DescendantPrefix(ancestorPath), StringComparison.Ordinal);
}
