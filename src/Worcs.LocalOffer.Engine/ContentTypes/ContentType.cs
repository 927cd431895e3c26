namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>A document type, media type or element type: the schema of a node or a block.</summary>
public sealed class ContentType
{
    public Guid Key { get; set; }

    public ContentTypeKind Kind { get; set; }

    public string Alias { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Icon { get; set; }

    public string? Description { get; set; }

    public bool AllowedAtRoot { get; set; }

    /// <summary>Element types are used only inside blocks, never as tree nodes.</summary>
    public bool IsElement { get; set; }

    public List<Guid> AllowedChildTypeKeys { get; set; } = [];

    /// <summary>Whether names and the properties that allow it vary by culture. Segments are not supported.</summary>
    public ContentVariation Variations { get; set; }

    /// <summary>The list view (collection) data type that shows this type's children, or null for the tree only.</summary>
    public Guid? ListView { get; set; }

    /// <summary>Types whose groups and properties this type inherits.</summary>
    public List<Guid> CompositionKeys { get; set; } = [];

    public List<PropertyGroup> Groups { get; set; } = [];

    public List<PropertyType> Properties { get; set; } = [];

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public int Revision { get; set; }
}
