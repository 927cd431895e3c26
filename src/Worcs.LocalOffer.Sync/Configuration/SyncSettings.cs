namespace Worcs.LocalOffer.Sync.Configuration;

/// <summary>uSync's own settings keys, under <c>uSync:Settings</c>, so an Umbraco developer configures them as they know.</summary>
public sealed class SyncSettings
{
    public const string SectionKey = "uSync:Settings";

    /// <summary>The uSync root, relative to the content root or the application folder; used when <see cref="Folders"/> is empty.</summary>
    public string RootFolder { get; set; } = "uSync/v17/";

    /// <summary>
    /// uSync 13+'s ordered roots (e.g. <c>["uSync/Root/", "uSync/v17/"]</c>): imports merge them, a file in a later
    /// root replacing the file at the same path in an earlier one; exports write to the last. Empty means
    /// <see cref="RootFolder"/> alone.
    /// </summary>
    public string[] Folders { get; set; } = [];

    /// <summary>Imports everything (schema, content and media) when the database has no types yet.</summary>
    public bool ImportOnFirstBoot { get; set; } = true;

    public static readonly IReadOnlyList<string> ImportAtStartupValues = ["None", "Settings", "All"];

    /// <summary>What later starts import: <c>None</c>, <c>Settings</c> (data types and types only) or <c>All</c>.</summary>
    public string ImportAtStartup { get; set; } = "Settings";

    /// <summary>When true, a saved data type or document, media or element type is written back to its uSync file.</summary>
    public bool ExportOnSave { get; set; }

    /// <summary>The roots as configured, in import order: <see cref="Folders"/>, else <see cref="RootFolder"/>.</summary>
    public IReadOnlyList<string> ConfiguredFolders => Folders.Length > 0 ? Folders : [RootFolder];

    /// <summary>What is wrong with these settings, one message per problem; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!ImportAtStartupValues.Contains(ImportAtStartup, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"'{SectionKey}:ImportAtStartup' must be one of: {string.Join(", ", ImportAtStartupValues)}.");
        }

        if (Folders.Length == 0 && string.IsNullOrWhiteSpace(RootFolder))
        {
            problems.Add($"'{SectionKey}:RootFolder' is empty; give the uSync root (or '{SectionKey}:Folders').");
        }

        for (var index = 0; index < Folders.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(Folders[index]))
            {
                problems.Add($"'{SectionKey}:Folders:{index}' is empty; give a uSync root or remove the entry.");
            }
        }

        var repeated = Folders.Where(folder => !string.IsNullOrWhiteSpace(folder))
            .GroupBy(Normalise, StringComparer.Ordinal)
            .FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            problems.Add($"'{SectionKey}:Folders' names '{repeated.First()}' more than once.");
        }

        return problems;
    }

    /// <summary>The uSync root as a full path: under the content root, else under the application folder; null when neither exists.</summary>
    public string? ResolveRootFolder(string contentRootPath) => Resolve(ConfiguredFolders[^1], contentRootPath);

    /// <summary>
    /// The configured roots that exist, as full paths, in import order. Like uSync, a root that does not exist is
    /// skipped, so a site can list a shared root it does not always have.
    /// </summary>
    public IReadOnlyList<string> ResolveFolders(string contentRootPath) =>
        [.. ConfiguredFolders.Select(folder => Resolve(folder, contentRootPath)).OfType<string>()];

    private static string? Resolve(string folder, string contentRootPath) =>
        (Path.IsPathRooted(folder) ? [folder] : new[] { contentRootPath, AppContext.BaseDirectory }.Select(baseFolder => Path.GetFullPath(Path.Combine(baseFolder, folder))))
            .FirstOrDefault(Directory.Exists);

    private static string Normalise(string folder) => folder.Replace('\\', '/').Trim().TrimStart('/').TrimEnd('/');
}
