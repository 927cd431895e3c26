using System.Globalization;

namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>
/// The folders of one index: each rebuild writes a new generation folder, and the <c>current</c> file names the one in
/// use. Replacing that file is an atomic rename, so a crash mid-rebuild leaves the old generation in use.
/// </summary>
internal sealed class IndexGenerations(string indexFolder)
{
    private const string PointerFile = "current";

    public string IndexFolder { get; } = indexFolder;

    /// <summary>The folder the pointer names, or null when there is no pointer or its folder is gone.</summary>
    public string? Current()
    {
        var pointer = Path.Combine(IndexFolder, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        var folder = Path.Combine(IndexFolder, name);
        return name.Length > 0 && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal) && Directory.Exists(folder)
            ? folder
            : null;
    }

    public string CreateNew()
    {
        Directory.CreateDirectory(IndexFolder);
        var name = "g" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(IndexFolder, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void MakeCurrent(string folder)
    {
        var temporary = Path.Combine(IndexFolder, PointerFile + ".tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(folder));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(IndexFolder, PointerFile), overwrite: true);
    }

    /// <summary>Deletes every generation but <paramref name="keep"/>; folders still open elsewhere are left for next time.</summary>
    public void DeleteAllExcept(string keep)
    {
        if (!Directory.Exists(IndexFolder))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(IndexFolder))
        {
            if (!string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
