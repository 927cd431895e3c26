using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>URL segments made exactly as Umbraco makes them, with Umbraco's default character replacements.</summary>
public static class UrlSegments
{
    private static readonly DefaultShortStringHelper Helper =
        new(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    public static string For(string name) => Helper.CleanStringForUrlSegment(name);

    /// <summary>The segment for <paramref name="name"/>, with <c>-1</c>, <c>-2</c>… added until no sibling has it.</summary>
    public static string UniqueAmong(string name, Guid key, IEnumerable<Node> siblings)
    {
        var baseSegment = For(name);
        if (string.IsNullOrEmpty(baseSegment))
        {
            baseSegment = key.ToString("N");
        }

        var taken = siblings.Where(sibling => sibling.Key != key)
            .Select(sibling => sibling.UrlSegment)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = baseSegment;
        for (var suffix = 1; taken.Contains(candidate); suffix++)
        {
            candidate = $"{baseSegment}-{suffix}";
        }

        return candidate;
    }
}
