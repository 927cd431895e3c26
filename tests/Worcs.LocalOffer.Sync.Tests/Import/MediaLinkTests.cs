using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>A symbolic link in <c>uSync/Files</c> could publish any file of the machine: the import refuses it.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class MediaLinkTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    [Test]
    public async Task A_linked_file_is_refused_naming_it_and_nothing_is_written()
    {
        var outside = Path.Combine(Scratch, "secret.txt");
        File.WriteAllText(outside, "not for the public");
        var link = Path.Combine(Scratch, "uSync", "Files", "media", "evil", "secret.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, outside);

        var result = await Importer.ImportAsync(Root, Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.ToString()),
                Is.EqualTo(new[] { $"{link}: media file '{link}' is a symbolic link (to '{outside}'); links in the uSync Files folder are refused, not followed. Copy the file itself there." }));
            Assert.That(result.Applied, Is.Empty);
            Assert.That(result.CopiedMediaFiles, Is.Empty);
            Assert.That(await Media.GetChildrenAsync(null), Is.Empty);
            Assert.That(await Documents.GetChildrenAsync(null), Is.Empty);
            Assert.That(Directory.Exists(MediaRoot) && Directory.EnumerateFiles(MediaRoot, "*", SearchOption.AllDirectories).Any(), Is.False);
        }
    }

    [Test]
    public async Task A_linked_folder_is_refused_too()
    {
        var outside = Path.Combine(Scratch, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "notes.pdf"), "private");
        Directory.CreateSymbolicLink(Path.Combine(Scratch, "uSync", "Files", "media", "linked"), outside);

        var result = await Importer.ImportAsync(Root, Options);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Select(problem => problem.Message), Has.One.Contains("media file").And.Contains("linked").And.Contains("symbolic link"));
        Assert.That(await Documents.GetChildrenAsync(null), Is.Empty);
    }

    [Test]
    public async Task Without_a_media_root_nothing_is_copied_so_links_do_not_matter()
    {
        File.CreateSymbolicLink(Path.Combine(Scratch, "uSync", "Files", "media", "link.pdf"), Path.Combine(Scratch, "missing.pdf"));

        var result = await ImportAsync(Options with { MediaRoot = null });

        Assert.That(result.CopiedMediaFiles, Is.Empty);
        Assert.That((await Documents.GetChildrenAsync(null)).Select(node => node.Kind), Is.EqualTo(new[] { NodeKind.Document }));
    }
}
