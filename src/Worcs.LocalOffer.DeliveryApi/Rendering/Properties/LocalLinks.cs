using System.Text.RegularExpressions;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Resolves rich text links stored as <c>/{localLink:guid}</c> or <c>{localLink:umb://document/…}</c>.</summary>
internal static partial class LocalLinks
{
    /// <summary>A link's target: a delivered document or media item and the query string after the placeholder.</summary>
    public sealed record Target(CachedNode Node, bool IsMedia, string? QueryString);

    /// <summary>True when the href is a local link at all; <paramref name="target"/> is null when it does not resolve.</summary>
    public static bool TryResolve(string? href, string? type, RenderContext context, ItemWriter items, out Target? target)
    {
        target = null;
        var match = href is null ? Match.Empty : LocalLinkPattern().Match(href);
        if (!match.Success)
        {
            return false;
        }

        var id = match.Groups["id"].Value;
        var isMedia = string.Equals(type, "media", StringComparison.OrdinalIgnoreCase);
        Guid key;
        if (Udi.TryParse(id, out var udi))
        {
            key = udi.Key;
            isMedia = udi.EntityType == UdiEntityTypes.Media;
        }
        else if (!Guid.TryParse(id, out key))
        {
            return true;
        }

        var node = isMedia ? context.Snapshot.Media.Find(key) : context.Snapshot.Documents.Find(key);
        if (node is not null && items.IsDeliverable(node, context))
        {
            var rest = href![(match.Index + match.Length)..];
            target = new Target(node, isMedia, rest.Length == 0 ? null : rest);
        }

        return true;
    }

    /// <summary>The media key of an <c>img</c>'s <c>data-udi</c>.</summary>
    public static CachedNode? ImageMedia(string? dataUdi, RenderContext context) =>
        Udi.TryParse(dataUdi, out var udi) ? context.Snapshot.Media.Find(udi.Key) : null;

    [GeneratedRegex(@"/?\{localLink:(?<id>[^}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex LocalLinkPattern();
}
