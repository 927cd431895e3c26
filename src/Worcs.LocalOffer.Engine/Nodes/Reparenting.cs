namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>Moves a node and its descendants to a new path, keeping their shape below it.</summary>
internal static class Reparenting
{
    public static void Apply(Node node, IReadOnlyList<Node> descendants, Guid? parentKey, string parentPath, int parentLevel)
    {
        var oldPath = node.Path;
        var levelDelta = parentLevel + 1 - node.Level;
        node.ParentKey = parentKey;
        node.Path = TreePath.Of(node.Key, parentPath);
        node.Level = parentLevel + 1;
        node.Revision++;
        foreach (var descendant in descendants)
        {
            descendant.Path = node.Path + descendant.Path[oldPath.Length..];
            descendant.Level += levelDelta;
            descendant.Trashed = node.Trashed;
            descendant.Revision++;
        }
    }

    public static IReadOnlyList<Guid> KeysOf(Node node, IReadOnlyList<Node> descendants) =>
        [node.Key, .. descendants.Select(descendant => descendant.Key)];
}
