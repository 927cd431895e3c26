using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>Maps document and media files to engine requests, and compares them with what is stored.</summary>
public static class ContentMapper
{
    public static Guid? ParentKey(SyncContent file) => file.Info.Parent.Key == Guid.Empty ? null : file.Info.Parent.Key;

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

    public static NodeCreateRequest ToCreateRequest(SyncContent file) =>
        new(
            file.Info.ContentType,
            Name(file),
            ParentKey(file),
            Values(file),
            file.Key,
            DateTime.SpecifyKind(file.Info.CreateDate, DateTimeKind.Utc),
            file.Info.SortOrder);

    public static NodeUpdateRequest ToUpdateRequest(SyncContent file) => new(file.Key, Name(file), Values(file));

    /// <summary>True when the file says to publish; null when it says nothing (media, or no <c>Published</c> element).</summary>
    public static bool? Published(SyncContent file) => file.Kind == ContentKind.Document ? file.Info.Published?.Default : null;

    /// <summary>What differs between the stored node and the file; empty when nothing does.</summary>
    public static List<string> Differences(NodeSnapshot stored, string storedTypeAlias, SyncContent file)
    {
        var details = new List<string>();
        Diff.AddText(details, "name", stored.Draft.Name, Name(file));
        Diff.Add(details, "parent", stored.Node.ParentKey, ParentKey(file));
        if (file.Info.SortOrder is { } sortOrder && sortOrder != stored.Node.SortOrder)
        {
            details.Add($"sortOrder: {stored.Node.SortOrder} → {sortOrder}");
        }

        if (!string.Equals(storedTypeAlias, file.Info.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            details.Add($"contentType: '{storedTypeAlias}' → '{file.Info.ContentType}' (cannot change)");
        }

        var values = Values(file).Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in values.Keys.Union(stored.Draft.Values.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (!SameValue(stored.Draft.GetValue(alias), values.GetValueOrDefault(alias)))
            {
                details.Add($"value '{alias}' changed");
            }
        }

        if (Published(file) is { } publish && publish != (stored.Node.IsPublished && !stored.Node.HasUnpublishedChanges))
        {
            details.Add(publish ? "publish" : "unpublish");
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
