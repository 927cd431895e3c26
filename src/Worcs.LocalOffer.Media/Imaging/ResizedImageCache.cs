using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>
/// Resized images on disk, keyed by the source file, its version (size and last write time) and the normalised
/// request, so a re-uploaded file never answers with an old picture. One resize runs per key at a time, and no more
/// resizes at once than there are cores.
/// </summary>
internal sealed class ResizedImageCache(string folder) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public static string Key(string relativePath, FileInfo source, string normalisedRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{relativePath}|{source.Length}|{source.LastWriteTimeUtc.Ticks}|{normalisedRequest}")));

    /// <summary>The cached file for <paramref name="key"/>, made by <paramref name="create"/> when missing.</summary>
    public async Task<string> GetOrCreateAsync(string key, string extension, Func<byte[]> create)
    {
        var path = Path.Combine(folder, key[..2], $"{key}.{extension}");
        if (File.Exists(path))
        {
            return path;
        }

        var running = _running.GetOrAdd(key, _ => new Lazy<Task<string>>(() => CreateAsync(path, create)));
        try
        {
            return await running.Value;
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, running));
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<string> CreateAsync(string path, Func<byte[]> create)
    {
        await _slots.WaitAsync();
        try
        {
            var bytes = await Task.Run(create);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            _slots.Release();
        }
    }
}
