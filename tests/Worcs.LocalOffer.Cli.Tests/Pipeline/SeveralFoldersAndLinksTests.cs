using System.Text;
using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Pipeline;

/// <summary><c>--folder</c> given more than once (uSync's merged roots), and symbolic links in <c>Files</c> refused.</summary>
public sealed class SeveralFoldersAndLinksTests
{
    private const string Article = "Content/nhs-long-term-plan.config";
    private TempSyncFolder _folder = null!;

    private string[] Database => ["--connection", $"Data Source={Path.Combine(_folder.Root, "site.db")}", "--provider", "Microsoft.Data.Sqlite"];

    [SetUp]
    public void CopyRepositoryFolder() => _folder = new TempSyncFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public async Task Import_merges_repeated_folders_the_later_one_winning()
    {
        var overlay = Path.Combine(_folder.Root, "site", Article);
        Directory.CreateDirectory(Path.GetDirectoryName(overlay)!);
        var text = File.ReadAllText(Path.Combine(_folder.SyncRoot, Article));
        File.WriteAllText(overlay, text.Replace("Default=\"NHS Long Term Plan\"", "Default=\"NHS Long Term Plan 2019\"", StringComparison.Ordinal), new UTF8Encoding(true));

        var run = await InProcessTool.RunAsync(_folder.Root, ["usync", "import", "--folder", TempSyncFolder.Name, "--folder", "site", .. Database]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
            Assert.That(run.Out, Does.Contain("create Document 'NHS Long Term Plan 2019' (site/Content/nhs-long-term-plan.config)"));
            Assert.That(run.Out, Does.Contain("create DataType 'Audience' (v17/DataTypes/Audience.config)"));
            Assert.That(run.Out, Does.Contain("\nv17 + site: applied "));
        }
    }

    [Test]
    public async Task Validate_takes_one_folder()
    {
        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", "--folder", TempSyncFolder.Name, "--folder", "other");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Error, Does.Contain("'validate' works on one folder, but 2 are given (v17, other)"));
    }

    [Test]
    public async Task Import_refuses_a_linked_media_file_naming_it_and_writes_nothing()
    {
        var secret = Path.Combine(_folder.Root, "secret.txt");
        File.WriteAllText(secret, "private");
        var link = Path.Combine(_folder.Root, "Files", "media", "abc", "report.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, secret);

        var run = await InProcessTool.RunAsync(_folder.Root, ["usync", "import", TempSyncFolder.Name, "--media-root", "media", .. Database]);
        var report = await InProcessTool.RunAsync(_folder.Root, ["usync", "report", TempSyncFolder.Name, .. Database]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.ToString);
            Assert.That(run.Error, Does.Contain($"media file '{link}' is a symbolic link (to '{secret}')").And.Contain("import refused, nothing was written"));
            Assert.That(Directory.Exists(Path.Combine(_folder.Root, "media")), Is.False);
            Assert.That(report.Out, Does.Match(@"v17: \d+ changes \(\d+ create, 0 update, 0 delete\)"), "the database was left empty");
        }
    }

    [Test]
    public async Task Import_decodes_images_and_refuses_one_that_cannot_be_read()
    {
        var key = Guid.NewGuid();
        _folder.Add($"Media/{key}.config", $$"""
            <Media Key="{{key}}" Alias="Hall" Level="1">
              <Info>
                <Parent Key="00000000-0000-0000-0000-000000000000"></Parent>
                <Path>/Hall</Path>
                <Trashed>false</Trashed>
                <ContentType>Image</ContentType>
                <CreateDate>2026-01-05T09:00:00</CreateDate>
                <NodeName Default="Hall" />
                <SortOrder>9</SortOrder>
              </Info>
              <Properties>
                <umbracoFile>
                  <Value><![CDATA[{"src":"/media/hall1/hall.png","crops":[],"focalPoint":null}]]></Value>
                </umbracoFile>
              </Properties>
            </Media>
            """);
        var image = Path.Combine(_folder.Root, "Files", "media", "hall1", "hall.png");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllBytes(image, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);

        var run = await InProcessTool.RunAsync(_folder.Root, ["usync", "import", TempSyncFolder.Name, "--media-root", "media", .. Database]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.ToString);
            Assert.That(run.Error, Does.Contain("image 'hall.png' cannot be read").And.Contain("import refused, nothing was written"));
            Assert.That(Directory.Exists(Path.Combine(_folder.Root, "media")), Is.False);
        }
    }
}
