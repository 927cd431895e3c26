using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Naming;

/// <summary>uSync's default (flat, name-based) file names, made with Umbraco's default short-string rules.</summary>
public static class SyncFileNames
{
    private static readonly DefaultShortStringHelper Helper =
        new(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>The path under the uSync root, e.g. <c>ContentTypes/newsarticle.config</c>.</summary>
    /// <exception cref="ArgumentException">For <c>Empty</c> markers and unsupported items, whose name is not derived.</exception>
    public static string RelativePath(SyncItem item) => item switch
    {
        SyncDataType dataType => $"DataTypes/{ForDataType(dataType.Name)}",
        SyncContentType { Kind: ContentTypeKind.Media } type => $"MediaTypes/{ForContentType(type.Alias)}",
        SyncContentType type => $"ContentTypes/{ForContentType(type.Alias)}",
        SyncContent { Kind: ContentKind.Media } media => $"Media/{ForContent(media.Alias)}",
        SyncContent content => $"Content/{ForContent(content.Alias)}",
        SyncLanguage language => $"Languages/{ForLanguage(language.IsoCode)}",
        SyncVersionMarker => "usync.config",
        _ => throw new ArgumentException($"{item.ElementName} files are not named after the item.", nameof(item)),
    };

    /// <summary>Content, media and element types: the alias, lower-cased.</summary>
    public static string ForContentType(string alias) => $"{alias.ToLowerInvariant()}.config";

    /// <summary>Data types: the name as a safe alias, case kept (<c>Richtext editor</c> → <c>RichtextEditor</c>).</summary>
    public static string ForDataType(string name) => $"{Helper.CleanStringForSafeAlias(name)}.config";

    /// <summary>Content and media: the node name as a safe file name (<c>About us</c> → <c>about-us</c>).</summary>
    public static string ForContent(string nodeName) => $"{Helper.CleanStringForSafeFileName(nodeName)}.config";

    /// <summary>Languages: the ISO code, lower-cased.</summary>
    public static string ForLanguage(string isoCode) => $"{isoCode.ToLowerInvariant()}.config";
}
