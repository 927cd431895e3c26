using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Worcs.LocalOffer.Search.Analysis;

namespace Worcs.LocalOffer.Search;

/// <summary>
/// Makes the search paths absolute against the content root, and takes the media root from the media settings'
/// <c>LocalOffer:Media:RootFolder</c>, so search reads downloads from where they are served.
/// </summary>
internal static class SearchSettingsPaths
{
    public const string MediaRootKey = "LocalOffer:Media:RootFolder";

    public static void Resolve(SearchSettings settings, IServiceProvider provider)
    {
        var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Environment.CurrentDirectory;
        string Rooted(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
        if (provider.GetService<IConfiguration>()?[MediaRootKey] is { Length: > 0 } mediaRoot)
        {
            settings.MediaRoot = mediaRoot;
        }

        settings.IndexRoot = Rooted(settings.IndexRoot);
        settings.MediaRoot = Rooted(settings.MediaRoot);
        settings.SynonymsFile = string.IsNullOrWhiteSpace(settings.SynonymsFile) ? SynonymFile.DefaultPath : Rooted(settings.SynonymsFile);
    }
}
