using Worcs.LocalOffer.Media.Files;

namespace Worcs.LocalOffer.Media.Http;

/// <summary>
/// Maps a request path under <c>/media/</c> to a file that may be served: a plain path, inside the media root, with
/// no symbolic link on the way, belonging to a live media item.
/// </summary>
internal sealed class MediaFileResolver(string root, LiveMediaFiles live)
{
    private readonly string _rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;

    public FileInfo? Resolve(string? requestPath)
    {
        var relative = MediaFilePath.Normalise(requestPath);
        if (relative is null || !live.Contains(relative))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_rootWithSeparator, relative));
        if (!full.StartsWith(_rootWithSeparator, StringComparison.Ordinal))
        {
            return null;
        }

        var file = new FileInfo(full);
        return file.Exists && !HasLink(file) ? file : null;
    }

    // A link inside the root could point anywhere on the server, so neither the file nor any folder under the root may be one.
    private bool HasLink(FileInfo file)
    {
        if (file.LinkTarget is not null)
        {
            return true;
        }

        for (var folder = file.Directory; folder is not null && folder.FullName.Length >= _rootWithSeparator.Length; folder = folder.Parent)
        {
            if (folder.LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
