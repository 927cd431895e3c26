using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Search.Attachments;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>
/// Builds the value sets of documents and media: title and summary apart (they are boosted), all other text as the
/// body, tags, dates for the year facet, and the text of linked downloads so that a page is found by words that
/// appear only in its files.
/// </summary>
public sealed class ContentValueSets(AttachmentTextReader attachments)
{
    private const string UploadAlias = "umbracoFile";

    internal ValueSet Document(Node node, NodeVersion version, SchemaSnapshot schema, Func<Guid, LinkedMedia?> findMedia)
    {
        var type = schema.Type(node.ContentTypeKey);
        var valueSet = Common(node, version, ContentFields.ContentCategory, type?.Alias ?? "unknown");
        DateTime? publishDate = null;
        DateTime? otherDate = null;
        var linked = new List<Guid>();
        foreach (var (alias, editor) in type is null ? [] : schema.PropertiesOf(type))
        {
            var text = TextOf(editor, version, alias);
            var field = alias.ToLowerInvariant() switch
            {
                "title" => ContentFields.Title,
                "summary" => ContentFields.Summary,
                _ => ContentFields.Body,
            };
            text.Texts.ForEach(value => valueSet.Add(field, value));
            foreach (var tag in text.Tags)
            {
                valueSet.Add(ContentFields.Tags, tag.ToLowerInvariant());
                valueSet.Add(ContentFields.TagText, tag);
            }

            linked.AddRange(text.MediaKeys);
            if (text.Date is { } date)
            {
                if (alias.Contains("publish", StringComparison.OrdinalIgnoreCase))
                {
                    publishDate = date;
                }
                else
                {
                    otherDate ??= date;
                }
            }
        }

        foreach (var mediaKey in linked.Distinct())
        {
            valueSet.Add(ContentFields.LinkedMedia, mediaKey.ToString("D"));
            if (findMedia(mediaKey) is { File: { Text.Length: > 0 } file })
            {
                valueSet.Add(ContentFields.AttachmentText, file.Text);
                valueSet.Add(ContentFields.AttachmentName, file.FileName);
            }
        }

        var dated = publishDate ?? otherDate ?? node.CreateDate;
        valueSet.Add(ContentFields.PublishDate, dated);
        valueSet.Add(ContentFields.Year, dated.Year);
        return valueSet;
    }

    internal ValueSet Media(Node node, NodeVersion version, SchemaSnapshot schema, CancellationToken cancellationToken)
    {
        var type = schema.Type(node.ContentTypeKey);
        var valueSet = Common(node, version, ContentFields.MediaCategory, type?.Alias ?? "unknown");
        if (ReadFile(version, cancellationToken) is { } file)
        {
            valueSet.Add(ContentFields.FileName, file.FileName);
            valueSet.Add(ContentFields.Extension, Path.GetExtension(file.FileName).TrimStart('.').ToLowerInvariant());
            if (file.Text.Length > 0)
            {
                valueSet.Add(ContentFields.AttachmentText, file.Text);
                valueSet.Add(ContentFields.AttachmentName, file.FileName);
            }
        }

        valueSet.Add(ContentFields.PublishDate, node.CreateDate);
        valueSet.Add(ContentFields.Year, node.CreateDate.Year);
        return valueSet;
    }

    internal AttachmentText? ReadFile(NodeVersion version, CancellationToken cancellationToken) =>
        version.GetValue(UploadAlias) is { Length: > 0 } upload ? attachments.Read(upload, cancellationToken) : null;

    private static ValueSet Common(Node node, NodeVersion version, string category, string itemType)
    {
        var valueSet = new ValueSet(node.Key.ToString("D"), category, itemType);
        valueSet.Add(ContentFields.NodeName, version.Name.Length > 0 ? version.Name : node.Name);
        valueSet.Add(ContentFields.UrlSegment, version.UrlSegment.Length > 0 ? version.UrlSegment : node.UrlSegment);
        valueSet.Add(ContentFields.Path, node.Path);
        valueSet.Add(ContentFields.ParentKey, node.ParentKey?.ToString("D"));
        valueSet.Add(ContentFields.Level, node.Level);
        valueSet.Add(ContentFields.Published, node.IsPublished ? "y" : "n");
        valueSet.Add(ContentFields.UpdateDate, node.UpdateDate);
        valueSet.Add(ContentFields.CreateDate, node.CreateDate);
        return valueSet;
    }

    /// <summary>The property's text: its invariant value, or its value in every culture of a culture-variant version.</summary>
    private static PropertyText TextOf(string editor, NodeVersion version, string alias)
    {
        var text = PropertyTextReader.Read(editor, version.GetValue(alias));
        foreach (var variant in version.Cultures.Values)
        {
            text.Add(PropertyTextReader.Read(editor, variant.GetValue(alias)));
        }

        return text;
    }
}
