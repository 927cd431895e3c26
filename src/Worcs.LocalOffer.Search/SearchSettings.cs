namespace Worcs.LocalOffer.Search;

/// <summary>Search configuration, under <c>LocalOffer:Search</c> (paths are resolved against the content root).</summary>
public sealed class SearchSettings
{
    public const string SectionKey = "LocalOffer:Search";

    /// <summary>Where each index keeps its folder (<c>LocalOffer:Search:IndexRoot</c>, default <c>App_Data/search</c>).</summary>
    public string IndexRoot { get; set; } = "App_Data/search";

    /// <summary>The folder <c>/media/…</c> upload values point into (<c>LocalOffer:Media:RootFolder</c>, default <c>App_Data/media</c>).</summary>
    public string MediaRoot { get; set; } = "App_Data/media";

    /// <summary>The SEND synonym list (<c>LocalOffer:Search:SynonymsFile</c>); by default the one shipped with the search project.</summary>
    public string? SynonymsFile { get; set; }

    /// <summary>Downloads bigger than this are indexed without their text (<c>LocalOffer:Search:MaxAttachmentBytes</c>, default 25 MB).</summary>
    public long MaxAttachmentBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Text kept from one download (<c>LocalOffer:Search:MaxAttachmentChars</c>, default 200,000).</summary>
    public int MaxAttachmentChars { get; set; } = 200_000;

    /// <summary>Runs Lucene's CheckIndex when opening an index at start-up (<c>LocalOffer:Search:VerifyOnStart</c>, default true).</summary>
    public bool VerifyOnStart { get; set; } = true;

    /// <summary>Most queued changes applied before one commit (<c>LocalOffer:Search:BatchSize</c>, default 256).</summary>
    public int BatchSize { get; set; } = 256;
}
