using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.ContentModel.Visibility;

/// <summary>
/// What the public may see: media that is not in the recycle bin, and documents that are published, not in the recycle
/// bin, and whose ancestors are all publicly visible too.
/// </summary>
public static class PublicVisibility
{
    /// <summary>The rule for one node, given whether its parent (if any) is publicly visible.</summary>
    public static bool IsVisible(Node node, bool parentVisible) =>
        !IsInRecycleBin(node)
        && (node.Kind == NodeKind.Media || node.IsPublished)
        && (node.ParentKey is null || parentVisible);

    /// <summary>Trashed, or under a trashed ancestor: never public, and not even a draft to editors' search.</summary>
    public static bool IsInRecycleBin(Node node) =>
        node.Trashed || node.Path.StartsWith(TreePath.RecycleBin, StringComparison.Ordinal);

    /// <summary>The rule for a node whose ancestors are looked up by key (null when unknown, which hides the node).</summary>
    public static bool IsVisible(Node node, Func<Guid, Node?> findAncestor)
    {
        // Ancestors come root first, so each one's parent has already passed when it is checked.
        foreach (var key in TreePath.AncestorKeys(node.Path))
        {
            if (findAncestor(key) is not { } ancestor || !IsVisible(ancestor, parentVisible: true))
            {
                return false;
            }
        }

        return IsVisible(node, parentVisible: true);
    }
}
