using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Persistence.Tests;

/// <summary>Valid entities with every member set, for tests to adjust.</summary>
internal static class TestData
{
    public static readonly DateTime Now = new(2025, 3, 14, 9, 26, 53, DateTimeKind.Utc);

    public static DataType DataType(string name = "Textstring") => new()
    {
        Key = Guid.NewGuid(),
        Name = name,
        EditorAlias = "Umbraco.TextBox",
        EditorUiAlias = "Umb.PropertyEditorUi.TextBox",
        ConfigurationJson = """{"maxChars":500}""",
        CreateDate = Now,
        UpdateDate = Now,
        Revision = 1,
    };

    public static ContentType ContentType(string alias = "page", ContentTypeKind kind = ContentTypeKind.Document) => new()
    {
        Key = Guid.NewGuid(),
        Kind = kind,
        Alias = alias,
        Name = alias,
        Revision = 1,
        CreateDate = Now,
        UpdateDate = Now,
    };

    /// <summary>A node under <paramref name="parent"/>, or at the root; its draft version is <see cref="Version"/>.</summary>
    public static Node Node(ContentType contentType, Node? parent = null, string name = "Node", int sortOrder = 0)
    {
        var key = Guid.NewGuid();
        return new Node
        {
            Key = key,
            Kind = contentType.Kind == ContentTypeKind.Media ? NodeKind.Media : NodeKind.Document,
            ContentTypeKey = contentType.Key,
            ParentKey = parent?.Key,
            Path = TreePath.Of(key, parent?.Path ?? TreePath.Root),
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = sortOrder,
            Name = name,
            UrlSegment = name.ToLowerInvariant(),
            CreateDate = Now,
            UpdateDate = Now,
            DraftVersionId = Guid.NewGuid(),
            Revision = 1,
        };
    }

    public static NodeVersion Version(Node node, DateTime? createDate = null) => new()
    {
        Id = node.DraftVersionId,
        NodeKey = node.Key,
        Name = node.Name,
        UrlSegment = node.UrlSegment,
        Values = new(StringComparer.OrdinalIgnoreCase) { ["title"] = node.Name },
        CreateDate = createDate ?? Now,
    };
}
