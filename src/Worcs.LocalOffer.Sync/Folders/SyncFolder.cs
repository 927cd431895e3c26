namespace Worcs.LocalOffer.Sync.Folders;

/// <summary>Everything read from one uSync root: the files that could be read and the problems of all of them.</summary>
public sealed record SyncFolder(string Root, IReadOnlyList<SyncFile> Files, IReadOnlyList<SyncProblem> Problems)
{
    /// <summary>The files of one handler folder, e.g. <c>ContentTypes</c>.</summary>
    public IEnumerable<SyncFile> In(string handlerFolder) =>
        Files.Where(file => string.Equals(file.HandlerFolder, handlerFolder, StringComparison.OrdinalIgnoreCase));
}
