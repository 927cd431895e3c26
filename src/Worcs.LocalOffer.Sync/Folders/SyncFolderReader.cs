using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;

namespace Worcs.LocalOffer.Sync.Folders;

/// <summary>Reads a uSync root such as <c>uSync/v17</c>: every <c>*.config</c> in it, recursively, in path order.</summary>
public sealed class SyncFolderReader
{
    private readonly SyncFileReader _fileReader = new();

    /// <param name="rootPath">The folder holding <c>usync.config</c> and the handler folders.</param>
    /// <param name="displayRoot">What problems call the root (e.g. <c>uSync/v17</c>); defaults to <paramref name="rootPath"/>.</param>
    /// <param name="includeHandlerFolder">Which handler folders (such as <c>Content</c>) to read; all when null.</param>
    public SyncFolder Read(string rootPath, string? displayRoot = null, Func<string, bool>? includeHandlerFolder = null)
    {
        var (shownRoot, files, problems) = ReadRoot(rootPath, displayRoot, includeHandlerFolder);
        return new SyncFolder(shownRoot, [.. files.Select(entry => entry.File)], problems);
    }

    /// <summary>
    /// Reads several roots as one, as uSync merges <c>uSync:Settings:Folders</c>: a file replaces the file at the same
    /// path (e.g. <c>ContentTypes/home.config</c>) in an earlier root, except that <c>Rename</c> and <c>None</c>
    /// markers never replace a file and the first <c>Clean</c> marker at a path is kept. Each file keeps its own path.
    /// </summary>
    public SyncFolder ReadMerged(IReadOnlyList<string> rootPaths, Func<string, bool>? includeHandlerFolder = null)
    {
        if (rootPaths.Count == 1)
        {
            return Read(rootPaths[0], includeHandlerFolder: includeHandlerFolder);
        }

        var merged = new Dictionary<string, SyncFile>(StringComparer.Ordinal);
        var order = new List<string>();
        var problems = new List<SyncProblem>();
        var shownRoot = "";
        foreach (var rootPath in rootPaths)
        {
            var (root, files, rootProblems) = ReadRoot(rootPath, null, includeHandlerFolder);
            shownRoot = root;
            problems.AddRange(rootProblems);
            foreach (var (relative, file) in files)
            {
                if (!merged.TryGetValue(relative, out var earlier))
                {
                    order.Add(relative);
                }
                else if (file.Item is SyncEmpty { Change: SyncChange.Rename or SyncChange.None } || earlier.Item is SyncEmpty { Change: SyncChange.Clean })
                {
                    continue;
                }

                merged[relative] = file;
            }
        }

        return new SyncFolder(shownRoot, [.. order.Order(StringComparer.Ordinal).Select(relative => merged[relative])], problems);
    }

    private (string Root, List<(string Relative, SyncFile File)> Files, List<SyncProblem> Problems) ReadRoot(
        string rootPath, string? displayRoot, Func<string, bool>? includeHandlerFolder)
    {
        var shownRoot = (displayRoot ?? rootPath).Replace('\\', '/').TrimEnd('/');
        var files = new List<(string, SyncFile)>();
        var problems = new List<SyncProblem>();
        if (!Directory.Exists(rootPath))
        {
            problems.Add(new(SyncSeverity.Error, shownRoot, null, "folder does not exist"));
            return (shownRoot, files, problems);
        }

        var paths = Directory.EnumerateFiles(rootPath, "*.config", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(rootPath, path).Replace('\\', '/'))
            .Where(relative => includeHandlerFolder is null || includeHandlerFolder(HandlerFolderOf(relative)))
            .Order(StringComparer.Ordinal);
        foreach (var relative in paths)
        {
            var result = _fileReader.Read(File.ReadAllBytes(Path.Combine(rootPath, relative)), $"{shownRoot}/{relative}");
            problems.AddRange(result.Problems);
            if (result.Succeeded)
            {
                files.Add((relative, result.File with { HandlerFolder = HandlerFolderOf(relative) }));
            }
        }

        return (shownRoot, files, problems);
    }

    private static string HandlerFolderOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : relativePath[..slash];
    }
}
