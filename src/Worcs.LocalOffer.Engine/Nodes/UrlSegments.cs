using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>URL segments made exactly as Umbraco makes them, with Umbraco's default character replacements.</summary>
public static class UrlSegments
{
    private static readonly DefaultShortStringHelper Helper =
        new(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    public static string For(string name) => Helper.CleanStringForUrlSegment(name);

    /// <summary>The segment for <paramref name="name"/> (or the key when the name has no usable characters).</summary>
    public static string BaseFor(string name, Guid key)
    {
        var segment = For(name);
        return string.IsNullOrEmpty(segment) ? key.ToString("N") : segment;
    }

    /// <summary><paramref name="baseSegment"/>, with <c>-1</c>, <c>-2</c>… added until it is not among <paramref name="taken"/>.</summary>
    public static string FirstFree(string baseSegment, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = baseSegment;
        for (var suffix = 1; used.Contains(candidate); suffix++)
        {
            candidate = $"{baseSegment}-{suffix}";
        }

        return candidate;
    }
}
