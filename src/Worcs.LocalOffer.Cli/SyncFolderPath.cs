using Worcs.LocalOffer.Sync;

namespace Worcs.LocalOffer.Cli;

/// <summary>A uSync root as the user named it and as the file system knows it.</summary>
internal sealed record SyncFolderPath(string Display, string FullPath)
{
    /// <summary>Shows a path under the root as the user named the root, as <c>validate</c> does.</summary>
    public string Show(string path)
    {
        var normalized = path.Replace('\\', '/');
        var root = FullPath.Replace('\\', '/').TrimEnd('/') + "/";
        return normalized.StartsWith(root, StringComparison.Ordinal) ? $"{Display}/{normalized[root.Length..]}" : path;
    }

    public SyncProblem Show(SyncProblem problem) => problem with { File = Show(problem.File) };
}
