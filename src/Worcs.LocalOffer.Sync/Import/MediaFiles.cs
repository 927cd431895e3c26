namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Copies the download files of <c>Files/media</c> into the site's media folder, never outside it.</summary>
internal static class MediaFiles
{
    /// <summary>True when a path climbs with <c>..</c>, so it could point outside the media folder.</summary>
    public static bool IsUnsafe(string path) =>
        path.Split('/', '\\').Any(segment => segment.Trim() == "..");

    /// <summary>Copies new and changed files; returns the media-root-relative paths copied.</summary>
    public static async Task<List<string>> CopyAsync(string sourceFolder, string mediaRoot, List<SyncProblem> problems, CancellationToken cancellationToken)
    {
        var copied = new List<string>();
        if (!Directory.Exists(sourceFolder))
        {
            return copied;
        }

        var root = Path.GetFullPath(mediaRoot);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(sourceFolder, path))
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

        return copied;
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
