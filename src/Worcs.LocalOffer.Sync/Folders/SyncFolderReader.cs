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
        var shownRoot = (displayRoot ?? rootPath).Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(rootPath))
        {
            return new SyncFolder(shownRoot, [], [new(SyncSeverity.Error, shownRoot, null, "folder does not exist")]);
        }

        var files = new List<SyncFile>();
        var problems = new List<SyncProblem>();
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
                files.Add(result.File with { HandlerFolder = HandlerFolderOf(relative) });
            }
        }

        return new SyncFolder(shownRoot, files, problems);
    }

    private static string HandlerFolderOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : relativePath[..slash];
    }
}
