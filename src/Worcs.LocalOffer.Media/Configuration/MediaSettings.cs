namespace Worcs.LocalOffer.Media.Configuration;

/// <summary>The <c>LocalOffer:Media</c> section: where media files live and how images are resized on request.</summary>
public sealed class MediaSettings
{
    public const string SectionKey = "LocalOffer:Media";

    /// <summary>The folder <c>/media/…</c> URLs point into, under the content root unless rooted.</summary>
    public string RootFolder { get; set; } = "App_Data/media";

    /// <summary>Where resized images are kept, under the content root unless rooted.</summary>
    public string CacheFolder { get; set; } = "App_Data/media-cache";

    /// <summary>The largest <c>width</c> a request may ask for.</summary>
    public int MaxWidth { get; set; } = 5000;

    /// <summary>The largest <c>height</c> a request may ask for.</summary>
    public int MaxHeight { get; set; } = 5000;

    /// <summary>Images with more pixels than this are refused at import and never decoded for resizing (decompression bombs).</summary>
    public long MaxInputPixels { get; set; } = 100_000_000;

    /// <summary>How long browsers and CDNs may keep a file or a resized image (<c>Cache-Control: max-age</c>).</summary>
    public TimeSpan BrowserMaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Serve the files of media in the recycle bin. Umbraco 17 does by default (until the bin is emptied) unless
    /// <c>EnableMediaRecycleBinProtection</c> is on; we default to protection, as Umbraco plans to from v18.
    /// </summary>
    public bool ServeTrashedMedia { get; set; }

    public string ResolveRoot(string contentRootPath) => Path.GetFullPath(Path.Combine(contentRootPath, RootFolder));

    public string ResolveCache(string contentRootPath) => Path.GetFullPath(Path.Combine(contentRootPath, CacheFolder));
}
