using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Sync.Export;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>
/// A fresh migrated database per test on the fixture's engine, the real engine and the sync services, and a
/// scratch copy of the repository's <c>uSync</c> folder (<c>v17</c> and <c>Files</c>) to change freely.
/// </summary>
[Parallelizable(ParallelScope.Fixtures)]
public abstract class SyncDatabaseTest(DatabaseEngine engine)
{
    private TestDatabase? _database;

    protected ServiceProvider Services { get; private set; } = null!;

    protected TestDatabase Database => _database!;

    protected string Scratch { get; private set; } = "";

    /// <summary>The copy of <c>uSync/v17</c>.</summary>
    protected string Root => Path.Combine(Scratch, "uSync", "v17");

    protected string MediaRoot => Path.Combine(Scratch, "wwwroot", "media");

    protected SyncImporter Importer => Services.GetRequiredService<SyncImporter>();

    protected SyncExporter Exporter => Services.GetRequiredService<SyncExporter>();

    protected DocumentService Documents => Services.GetRequiredService<DocumentService>();

    protected MediaService Media => Services.GetRequiredService<MediaService>();

    protected ContentTypeService ContentTypes => Services.GetRequiredService<ContentTypeService>();

    protected DataTypeService DataTypes => Services.GetRequiredService<DataTypeService>();

    protected LanguageService Languages => Services.GetRequiredService<LanguageService>();

    protected SyncImportOptions Options => new() { MediaRoot = MediaRoot };

    protected static string RepositoryUSync => Path.Combine(Corpus.RepositoryRoot, "uSync");

    [SetUp]
    public async Task CreateDatabaseAndFolder()
    {
        _database = await TestDatabase.CreateAsync(engine);
        Services = TestServices.Create(_database.Settings, services =>
        {
            services.AddLocalOfferSync();
            ConfigureServices(services);
        });
        Scratch = Path.Combine(Path.GetTempPath(), "usync-import-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepositoryUSync, Path.Combine(Scratch, "uSync"));
    }

    [TearDown]
    public async Task DisposeDatabaseAndFolder()
    {
        await Services.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(Scratch))
        {
            Directory.Delete(Scratch, recursive: true);
        }
    }

    /// <summary>Adds to or replaces the test's services; runs after the engine and sync are registered.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected async Task<SyncImportResult> ImportAsync(SyncImportOptions? options = null)
    {
        var result = await Importer.ImportAsync(Root, options ?? Options);
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error), Is.Empty, () => string.Join("\n", result.Problems));
        return result;
    }

    /// <summary>How many item files the copied folder has in <paramref name="folders"/> (such as <c>DataTypes</c>): counts follow the folder.</summary>
    protected int FilesIn(params string[] folders) =>
        folders.Sum(folder => Directory.GetFiles(Path.Combine(Root, folder), "*.config").Length);

    /// <summary>Every item file of the copied folder, <c>usync.config</c> aside.</summary>
    protected int ItemFiles => FilesIn("Languages", "DataTypes", "ContentTypes", "MediaTypes", "Media", "Content");

    /// <summary>Changes a file of <paramref name="root"/> (by default the copy of <c>uSync/v17</c>), which must change.</summary>
    protected void Edit(string relativePath, Func<string, string> change, string? root = null)
    {
        var path = Path.Combine(root ?? Root, relativePath);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.That(changed, Is.Not.EqualTo(text), $"the edit of {relativePath} changed nothing");
        File.WriteAllText(path, changed, new System.Text.UTF8Encoding(true));
    }

    protected static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
