using System.Text;

namespace Worcs.LocalOffer.Sync.Tests;

/// <summary>A throw-away uSync root on disk; files are written UTF-8 with a BOM, as uSync writes them.</summary>
internal sealed class TempSyncFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "usync-tests-" + Guid.NewGuid().ToString("N"));

    public TempSyncFolder Add(string relativePath, string xml)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml.ReplaceLineEndings("\n"), new UTF8Encoding(true));
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
