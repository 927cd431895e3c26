namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>Umbraco's route paths: the root's segment is hidden, so the root is <c>/</c>, with a trailing slash.</summary>
public static class RoutePaths
{
    public static string PathOf(CachedNode node)
    {
        if (node.Parent is null)
        {
            return "/";
        }

        var segments = new Stack<string>();
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            segments.Push(current.UrlSegment);
        }

        return "/" + string.Join('/', segments) + "/";
    }

    /// <summary>Media paths are the lowercased names from the media root, such as <c>/downloads/plan/</c>.</summary>
    public static string MediaPathOf(CachedNode node)
    {
        var names = new Stack<string>();
        for (var current = node; current is not null; current = current.Parent)
        {
            names.Push(current.Name.ToLowerInvariant());
        }

        return "/" + string.Join('/', names) + "/";
    }

    /// <summary>Makes a requested path comparable with the stored ones: leading and trailing slash, decoded, lowercase.</summary>
    public static string Normalize(string? path)
    {
        var decoded = Uri.UnescapeDataString(path ?? "").Trim();
        var trimmed = decoded.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed.ToLowerInvariant() + "/";
    }
}
