using Worcs.LocalOffer.ContentModel.Visibility;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.ContentModel.Tests;

/// <summary>Published documents under published ancestors, and media, outside the recycle bin, are publicly visible.</summary>
[TestFixture]
public sealed class PublicVisibilityTests
{
    private static Node Document(Node? parent, bool published, bool trashed = false)
    {
        var key = Guid.NewGuid();
        return new Node
        {
            Key = key,
            Kind = NodeKind.Document,
            ParentKey = parent?.Key,
            Path = TreePath.Of(key, parent?.Path ?? (trashed ? TreePath.RecycleBin : TreePath.Root)),
            Trashed = trashed,
            DraftVersionId = Guid.NewGuid(),
            PublishedVersionId = published ? Guid.NewGuid() : null,
        };
    }

    [Test]
    public void A_published_document_under_published_ancestors_is_visible()
    {
        var root = Document(null, published: true);
        var child = Document(root, published: true);
        var grandchild = Document(child, published: true);
        var nodes = new[] { root, child, grandchild }.ToDictionary(node => node.Key);

        Assert.That(PublicVisibility.IsVisible(grandchild, key => nodes.GetValueOrDefault(key)), Is.True);
    }

    [Test]
    public void An_unpublished_ancestor_hides_its_published_descendants()
    {
        var root = Document(null, published: true);
        var child = Document(root, published: false);
        var grandchild = Document(child, published: true);
        var nodes = new[] { root, child, grandchild }.ToDictionary(node => node.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(PublicVisibility.IsVisible(grandchild, key => nodes.GetValueOrDefault(key)), Is.False);
            Assert.That(PublicVisibility.IsVisible(grandchild, parentVisible: false), Is.False);
            Assert.That(PublicVisibility.IsVisible(root, key => null), Is.True);
        }
    }

    [Test]
    public void Trashed_unpublished_or_orphaned_documents_are_hidden_and_media_needs_no_publishing()
    {
        var trashed = Document(null, published: true, trashed: true);
        var draft = Document(null, published: false);
        var orphan = Document(Document(null, published: true), published: true);
        var media = new Node { Key = Guid.NewGuid(), Kind = NodeKind.Media, Path = TreePath.Of(Guid.NewGuid(), TreePath.Root) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(PublicVisibility.IsVisible(trashed, key => null), Is.False);
            Assert.That(PublicVisibility.IsVisible(draft, key => null), Is.False);
            Assert.That(PublicVisibility.IsVisible(orphan, key => null), Is.False, "an ancestor that cannot be found hides the node");
            Assert.That(PublicVisibility.IsVisible(media, parentVisible: true), Is.True);
        }
    }
}
