using Worcs.LocalOffer.DeliveryApi.Cache;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Finds documents by key or route path, and media by key or name path.</summary>
public static class ContentRouter
{
    private const string PreviewPrefix = "/preview-";

    /// <summary>
    /// A route path is looked up under the start item when there is one, else under each root in order (the first root
    /// answers <c>/</c>, as Umbraco does without domains). <c>/preview-{guid}/</c> finds a draft in preview.
    /// </summary>
    public static CachedNode? FindDocument(ContentSnapshot snapshot, string idOrPath, CachedNode? startItem)
    {
        if (Guid.TryParse(idOrPath, out var key))
        {
            return snapshot.Documents.Find(key);
        }

        var path = RoutePaths.Normalize(idOrPath);
        if (snapshot.IsPreview && path.StartsWith(PreviewPrefix, StringComparison.Ordinal) && Guid.TryParse(path[PreviewPrefix.Length..^1], out var previewKey))
        {
            return snapshot.Documents.Find(previewKey);
        }

        if (startItem is not null)
        {
            return snapshot.FindRoute(startItem, path);
        }

        foreach (var root in snapshot.Documents.Roots)
        {
            if (snapshot.FindRoute(root, path) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public static CachedNode? FindMedia(ContentSnapshot snapshot, string idOrPath) =>
        Guid.TryParse(idOrPath, out var key) ? snapshot.Media.Find(key) : snapshot.MediaPaths.GetValueOrDefault(RoutePaths.Normalize(idOrPath));

    /// <summary>A <c>Start-Item</c> header: the key or URL segment of a root document.</summary>
    public static CachedNode? FindStartItem(ContentSnapshot snapshot, string value) =>
        Guid.TryParse(value, out var key)
            ? snapshot.Documents.Roots.FirstOrDefault(root => root.Key == key)
            : snapshot.Documents.Roots.FirstOrDefault(root => root.UrlSegment.Equals(value.Trim('/'), StringComparison.OrdinalIgnoreCase));
}
