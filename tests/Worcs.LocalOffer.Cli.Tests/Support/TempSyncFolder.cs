using System.Text;

namespace Worcs.LocalOffer.Cli.Tests.Support;

/// <summary>
/// A throw-away copy of the repository's <c>uSync/v17</c> at <c>{Root}/v17</c>, with its download files at
/// <c>{Root}/Files</c> (where <c>validate</c> looks for them), to break on purpose.
/// </summary>
internal sealed class TempSyncFolder : IDisposable
{
    public const string Name = "v17";

    public TempSyncFolder()
    {
        var source = Path.Combine(RepositoryRoot.Path, "uSync");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The working directory to run the tool in; the folder is <see cref="Name"/> under it.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "usync-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string SyncRoot => Path.Combine(Root, Name);

    /// <summary>Writes a file UTF-8 with a BOM, as uSync does; line 1 is the XML declaration.</summary>
    public TempSyncFolder Add(string relativePath, string xml, bool byteOrderMark = true)
    {
        var path = Path.Combine(SyncRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml.ReplaceLineEndings("\n"), new UTF8Encoding(byteOrderMark));
        return this;
    }

    public TempSyncFolder Copy(string fromRelativePath, string toRelativePath)
    {
        File.Copy(Path.Combine(SyncRoot, fromRelativePath), Path.Combine(SyncRoot, toRelativePath));
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
