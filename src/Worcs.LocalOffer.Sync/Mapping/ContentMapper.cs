using System.Text.Json;
using System.Text.Json.Nodes;
using Umbraco.Cms.Core;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>Maps document and media files to engine requests, and compares them with what is stored.</summary>
public static class ContentMapper
{
    /// <summary>The parent's key; null at the root, and at the top of the recycle bin (Umbraco's bin keys count as no parent).</summary>
    public static Guid? ParentKey(SyncContent file) =>
        file.Info.Parent.Key == Guid.Empty || file.Info.Parent.Key == Constants.System.RecycleBinContentKey || file.Info.Parent.Key == Constants.System.RecycleBinMediaKey
            ? null
            : file.Info.Parent.Key;

    public static string Name(SyncContent file) =>
        string.IsNullOrEmpty(file.Info.NodeName.Default) ? file.Alias : file.Info.NodeName.Default;

    /// <summary>The invariant value of each property (no culture, no segment), by alias.</summary>
    public static Dictionary<string, string?> Values(SyncContent file)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in file.Properties)
        {
            var invariant = property.Values.FirstOrDefault(value => string.IsNullOrEmpty(value.Culture) && string.IsNullOrEmpty(value.Segment));
            values[property.Alias] = invariant?.Value;
        }

        return values;
    }

    /// <summary>A create request under <paramref name="parentKey"/> (a trashed item is created where it is restored to).</summary>
    public static NodeCreateRequest ToCreateRequest(SyncContent file, Guid? parentKey, ContentShape shape) =>
        new(
            file.Info.ContentType,
            Name(file),
            parentKey,
            ContentCultureMapper.InvariantValues(file, shape),
            file.Key,
            DateTime.SpecifyKind(file.Info.CreateDate, DateTimeKind.Utc),
            file.Info.SortOrder,
            ContentCultureMapper.Cultures(file, shape));

    public static NodeUpdateRequest ToUpdateRequest(SyncContent file, ContentShape shape) =>
        new(file.Key, Name(file), ContentCultureMapper.InvariantValues(file, shape), Cultures: ContentCultureMapper.Cultures(file, shape));

    /// <summary>True when the file says to publish; null when it says nothing (media, or no <c>Published</c> element).</summary>
    public static bool? Published(SyncContent file) => file.Kind == ContentKind.Document ? file.Info.Published?.Default : null;

    /// <summary>True for a report detail that changes the draft (a name or a value), so the item is saved again.</summary>
    public static bool ChangesDraft(string detail) =>
        detail.StartsWith("name", StringComparison.Ordinal) || detail.StartsWith("value", StringComparison.Ordinal);

    /// <summary>
    /// What differs between the stored node and the file (empty when nothing does), given where the item belongs and
    /// the publish state the file means now (null: left alone). A culture-variant item also compares its cultures'
    /// names, values and publish states.
    /// </summary>
    public static List<string> Differences(NodeSnapshot stored, string storedTypeAlias, SyncContent file, Guid? parentKey, bool? publish, ContentShape shape)
    {
        var details = new List<string>();
        Diff.AddText(details, "name", stored.Draft.Name, Name(file));
        Diff.Add(details, "parent", stored.Node.ParentKey, parentKey);
        if (file.Info.SortOrder is { } sortOrder && sortOrder != stored.Node.SortOrder)
        {
            details.Add($"sortOrder: {stored.Node.SortOrder} → {sortOrder}");
        }

        if (!string.Equals(storedTypeAlias, file.Info.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            details.Add($"contentType: '{storedTypeAlias}' → '{file.Info.ContentType}' (cannot change)");
        }

        var values = ContentCultureMapper.InvariantValues(file, shape).Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in values.Keys.Union(stored.Draft.Values.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (!SameValue(stored.Draft.GetValue(alias), values.GetValueOrDefault(alias)))
            {
                details.Add($"value '{alias}' changed");
            }
        }

        if (shape.VariesByCulture)
        {
            ContentCultureMapper.AddDifferences(details, stored, file, shape, publish);
            if (publish == false && stored.Node.IsPublished)
            {
                details.Add("unpublish");
            }
        }
        else if (publish is { } published && published != (stored.Node.IsPublished && (!published || !stored.Node.HasUnpublishedChanges)))
        {
            details.Add(published ? "publish" : "unpublish");
        }

        return details;
    }

    /// <summary>Equal strings, or equal JSON when editors re-serialise what they store.</summary>
    public static bool SameValue(string? stored, string? given)
    {
        if (string.IsNullOrWhiteSpace(stored) || string.IsNullOrWhiteSpace(given))
        {
            return string.IsNullOrWhiteSpace(stored) == string.IsNullOrWhiteSpace(given);
        }

        if (string.Equals(stored, given, StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            return given.TrimStart() is ['{' or '[', ..] && JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(given));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
