using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>The fields of the content indexes and how they are weighted.</summary>
public static class ContentFields
{
    public const string NodeName = "nodeName";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Tags = "tags";
    public const string TagText = "tagText";
    public const string AttachmentText = "attachmentText";
    public const string AttachmentName = "attachmentName";
    public const string LinkedMedia = "linkedMedia";
    public const string Year = "year";
    public const string PublishDate = "publishDate";
    public const string UpdateDate = "updateDate";
    public const string CreateDate = "createDate";
    public const string Path = "path";
    public const string ParentKey = "parentKey";
    public const string UrlSegment = "urlSegment";
    public const string Level = "level";
    public const string Published = "published";
    public const string FileName = "fileName";
    public const string Extension = "extension";

    /// <summary>Bump when fields or analysis change: indexes written with another version are rebuilt at start-up.</summary>
    public const string SchemaVersion = "content-3";

    public const string ContentCategory = "content";
    public const string MediaCategory = "media";

    public static FieldDefinitionCollection Definitions() => new(
    [
        new FieldDefinition(NodeName, FieldType.FullTextSortable, 5f),
        new FieldDefinition(Title, FieldType.FullText, 6f),
        new FieldDefinition(Summary, FieldType.FullText, 3f),
        new FieldDefinition(Body, FieldType.FullText, 1f),
        new FieldDefinition(TagText, FieldType.FullText, 2f),
        new FieldDefinition(AttachmentText, FieldType.FullText, 0.5f),
        new FieldDefinition(Tags, FieldType.Raw),
        new FieldDefinition(AttachmentName, FieldType.Raw),
        new FieldDefinition(LinkedMedia, FieldType.Raw),
        new FieldDefinition(Path, FieldType.Raw),
        new FieldDefinition(ParentKey, FieldType.Raw),
        new FieldDefinition(UrlSegment, FieldType.Raw),
        new FieldDefinition(Published, FieldType.Raw),
        new FieldDefinition(FileName, FieldType.Raw),
        new FieldDefinition(Extension, FieldType.Raw),
        new FieldDefinition(Year, FieldType.Int),
        new FieldDefinition(Level, FieldType.Int),
        new FieldDefinition(PublishDate, FieldType.DateTime),
        new FieldDefinition(UpdateDate, FieldType.DateTime),
        new FieldDefinition(CreateDate, FieldType.DateTime),
    ]);
}
