namespace Worcs.LocalOffer.Sync.Configuration;

/// <summary>uSync's own settings keys, under <c>uSync:Settings</c>, so an Umbraco developer configures them as they know.</summary>
public sealed class SyncSettings
{
    public const string SectionKey = "uSync:Settings";

    /// <summary>The uSync root, relative to the content root or the application folder.</summary>
    public string RootFolder { get; set; } = "uSync/v17/";

    /// <summary>Imports everything (schema, content and media) when the database has no types yet.</summary>
    public bool ImportOnFirstBoot { get; set; } = true;

    public static readonly IReadOnlyList<string> ImportAtStartupValues = ["None", "Settings", "All"];

    /// <summary>What later starts import: <c>None</c>, <c>Settings</c> (data types and types only) or <c>All</c>.</summary>
    public string ImportAtStartup { get; set; } = "Settings";

    /// <summary>When true, a saved data type or document, media or element type is written back to its uSync file.</summary>
    public bool ExportOnSave { get; set; }

    /// <summary>The uSync root as a full path: under the content root, else under the application folder; null when neither exists.</summary>
    public string? ResolveRootFolder(string contentRootPath) =>
        (Path.IsPathRooted(RootFolder) ? [RootFolder] : new[] { contentRootPath, AppContext.BaseDirectory }.Select(baseFolder => Path.GetFullPath(Path.Combine(baseFolder, RootFolder))))
            .FirstOrDefault(Directory.Exists);
}
