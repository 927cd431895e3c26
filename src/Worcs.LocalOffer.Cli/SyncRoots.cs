using Worcs.LocalOffer.Sync;

namespace Worcs.LocalOffer.Cli;

/// <summary>The uSync roots a verb merges (one, or several <c>--folder</c>s), in order: later roots win.</summary>
internal sealed record SyncRoots(IReadOnlyList<SyncFolderPath> Folders)
{
    /// <summary>The roots as the user named them, joined by <c> + </c>.</summary>
    public string Display => string.Join(" + ", Folders.Select(folder => folder.Display));

    public IReadOnlyList<string> FullPaths => [.. Folders.Select(folder => folder.FullPath)];

    /// <summary>Shows a path under one of the roots as the user named that root.</summary>
    public string Show(string path) =>
        Folders.Select(folder => folder.Show(path)).FirstOrDefault(shown => !string.Equals(shown, path, StringComparison.Ordinal)) ?? path;

    public SyncProblem Show(SyncProblem problem) => problem with { File = Show(problem.File) };
}
