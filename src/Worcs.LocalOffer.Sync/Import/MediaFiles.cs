namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Copies the download files of <c>Files/media</c> into the site's media folder, never outside it. Symbolic links are
/// refused, not followed: a link could bring any file of the machine into the public media folder.
/// </summary>
internal static class MediaFiles
{
    /// <summary>True when a path climbs with <c>..</c>, so it could point outside the media folder.</summary>
    public static bool IsUnsafe(string path) =>
        path.Split('/', '\\').Any(segment => segment.Trim() == "..");

    /// <summary>The <c>media</c> folders to copy from, one per root, in root order (a later root's file wins).</summary>
    public static List<string> Sources(IReadOnlyList<string> rootFolders, SyncImportOptions options) =>
        [.. rootFolders.Select(root => Path.GetFullPath(Path.Combine(options.FilesFolder ?? Path.Combine(root, "..", "Files"), "media"))).Distinct()];

    /// <summary>An error for each symbolic link (file or folder) under the sources; nothing is followed.</summary>
    public static IEnumerable<SyncProblem> Links(IEnumerable<string> sourceFolders) =>
        sourceFolders.SelectMany(source => Walk(source).Prepend(new DirectoryInfo(source)).Where(entry => entry.LinkTarget is not null)
            .Select(entry => new SyncProblem(
                SyncSeverity.Error,
                entry.FullName.Replace('\\', '/'),
                null,
                $"media file '{entry.FullName}' is a symbolic link (to '{entry.LinkTarget}'); links in the uSync Files folder are refused, not followed. Copy the file itself there.")));

    /// <summary>Copies new and changed files; returns the media-root-relative paths copied.</summary>
    public static async Task<List<string>> CopyAsync(IReadOnlyList<string> sourceFolders, string mediaRoot, List<SyncProblem> problems, CancellationToken cancellationToken)
    {
        var copied = new List<string>();
        var links = Links(sourceFolders).ToList();
        if (links.Count > 0)
        {
            problems.AddRange(links);
            return copied;
        }

        var root = Path.GetFullPath(mediaRoot);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        foreach (var sourceFolder in sourceFolders)
        {
            var files = Walk(sourceFolder).OfType<FileInfo>()
                .Select(file => Path.GetRelativePath(sourceFolder, file.FullName))
                .Order(StringComparer.Ordinal);
            foreach (var relative in files)
            {
                var target = Path.GetFullPath(Path.Combine(root, relative));
                if (IsUnsafe(relative) || !target.StartsWith(rootWithSeparator, StringComparison.Ordinal))
                {
                    problems.Add(new SyncProblem(SyncSeverity.Error, relative, null, $"media file '{relative}' would be written outside the media folder {root}"));
                    continue;
                }

                var source = Path.Combine(sourceFolder, relative);
                if (File.Exists(target) && await SameBytesAsync(source, target, cancellationToken))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
                copied.Add(relative.Replace('\\', '/'));
            }
        }

        return [.. copied.Distinct()];
    }

    /// <summary>Every file and folder under <paramref name="folder"/>, without entering linked folders.</summary>
    private static IEnumerable<FileSystemInfo> Walk(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            yield return entry;
            if (entry is DirectoryInfo directory && directory.LinkTarget is null)
            {
                foreach (var inner in Walk(directory.FullName))
                {
                    yield return inner;
                }
            }
        }
    }

    private static async Task<bool> SameBytesAsync(string left, string right, CancellationToken cancellationToken)
    {
        if (new FileInfo(left).Length != new FileInfo(right).Length)
        {
            return false;
        }

        var a = await File.ReadAllBytesAsync(left, cancellationToken);
        var b = await File.ReadAllBytesAsync(right, cancellationToken);
        return a.AsSpan().SequenceEqual(b);
    }
}
