using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class SyncExporterTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    [Test]
    public async Task Exporting_over_the_imported_folder_gives_identical_files()
    {
        await ImportAsync();

        var result = await Exporter.ExportAsync(Root);

        Assert.That(result.Written, Is.Empty);
        Assert.That(result.Unchanged, Has.Count.EqualTo(ItemFiles + 1), "every item file and usync.config");
    }

    [Test]
    public async Task Exporting_into_an_empty_folder_gives_the_repository_files()
    {
        await ImportAsync();
        var target = Path.Combine(Scratch, "export");

        var result = await Exporter.ExportAsync(target);

        var differing = result.Written
            .Where(relative => !File.ReadAllBytes(Path.Combine(target, relative)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Root, relative))))
            .ToList();
        Assert.That(result.Written, Has.Count.EqualTo(ItemFiles + 1));
        Assert.That(differing, Is.Empty);
    }
}
