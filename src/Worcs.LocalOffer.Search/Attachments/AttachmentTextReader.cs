using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>
/// Finds a media file under the media root and reads its text with the extractor for its extension. Files that are
/// missing, too big, corrupt or encrypted are logged and give empty text; nothing here throws. Results are cached
/// by path, size and modification time, so rebuilds do not read unchanged files again.
/// </summary>
public sealed class AttachmentTextReader(SearchSettings settings, IEnumerable<IAttachmentTextExtractor> extractors, ILogger<AttachmentTextReader> logger)
{
    private readonly Dictionary<string, IAttachmentTextExtractor> _byExtension = extractors
        .SelectMany(extractor => extractor.Extensions.Select(extension => (extension, extractor)))
        .ToDictionary(pair => pair.extension, pair => pair.extractor, StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, AttachmentText Text)> _cache = new(StringComparer.Ordinal);

    /// <summary>Reads the file an upload value such as <c>/media/abc123/plan.pdf</c> points at.</summary>
    public AttachmentText Read(string uploadValue, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(uploadValue.Replace('\\', '/'));
        var path = Resolve(uploadValue);
        if (path is null)
        {
            return Problem(fileName, $"the upload value '{uploadValue}' is not a path under /media/");
        }

        var extension = Path.GetExtension(path).TrimStart('.');
        if (!_byExtension.TryGetValue(extension, out var extractor))
        {
            return new AttachmentText(fileName, "", null);
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Problem(fileName, $"the file {path} does not exist");
        }

        if (info.Length > settings.MaxAttachmentBytes)
        {
            return Problem(fileName, $"the file {path} is {info.Length:N0} bytes, over the {settings.MaxAttachmentBytes:N0}-byte limit (LocalOffer:Search:MaxAttachmentBytes)");
        }

        if (_cache.TryGetValue(path, out var cached) && cached.Length == info.Length && cached.Modified == info.LastWriteTimeUtc)
        {
            return cached.Text;
        }

        var result = Extract(extractor, path, fileName, cancellationToken);
        _cache[path] = (info.Length, info.LastWriteTimeUtc, result);
        return result;
    }

    private AttachmentText Extract(IAttachmentTextExtractor extractor, string path, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var text = Clean(extractor.Extract(stream, cancellationToken));
            return new AttachmentText(fileName, text.Length > settings.MaxAttachmentChars ? text[..settings.MaxAttachmentChars] : text, null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning(exception, "Could not read the text of {File}; it is indexed without its text", path);
            return new AttachmentText(fileName, "", $"{fileName} could not be read: {exception.Message}");
        }
    }

    private string? Resolve(string uploadValue)
    {
        const string prefix = "/media/";
        if (!uploadValue.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var root = Path.GetFullPath(settings.MediaRoot);
        var path = Path.GetFullPath(Path.Combine(root, uploadValue[prefix.Length..]));
        return path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    private AttachmentText Problem(string fileName, string problem)
    {
        logger.LogWarning("Attachment {File} is indexed without its text: {Problem}", fileName, problem);
        return new AttachmentText(fileName, "", problem);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(char.IsControl(character) && character != '\n' ? ' ' : character);
        }

        return builder.ToString();
    }
}
