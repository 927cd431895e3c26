namespace Worcs.LocalOffer.Host.Tests.Support;

/// <summary>An empty content root of its own, so every host starts on a fresh SQLite database.</summary>
internal sealed class TempContentRoot : IDisposable
{
    public TempContentRoot()
    {
        Path = Directory.CreateTempSubdirectory("localoffer-host-").FullName;
    }

    public string Path { get; }

    public string DefaultSqliteFile => System.IO.Path.Combine(Path, "App_Data", "localoffer.sqlite.db");

    public void Dispose()
    {
        Directory.Delete(Path, recursive: true);
    }
}
