using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Media.Tests.Support;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Media.Tests.Import;

/// <summary>A uSync import fills umbracoWidth, umbracoHeight, umbracoBytes and umbracoExtension from the files, as Umbraco does on upload.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ImportFillsFileFactsTests
{
    private MediaHost _host = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await MediaHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [SetUp]
    public void CreateFolder()
    {
        // The media types and their data types, so the folder validates on its own.
        _folder = Directory.CreateTempSubdirectory("localoffer-usync-").FullName;
        foreach (var handler in new[] { "DataTypes", "MediaTypes" })
        {
            var target = Directory.CreateDirectory(Path.Combine(_folder, "v17", handler)).FullName;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(MediaHost.RepositoryRoot, "uSync", "v17", handler)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task An_imported_image_gets_its_pixel_size_bytes_and_extension()
    {
        var key = Guid.NewGuid();
        WriteMedia(key, "Image", "Sports hall", """{"src":"/media/imp1/sports-hall.jpg","crops":[],"focalPoint":{"left":0.5,"top":0.5}}""");
        TestImages.Write(Path.Combine(_folder, "Files", "media", "imp1", "sports-hall.jpg"), 640, 480);

        var result = await _host.Get<SyncImporter>().ImportAsync(Path.Combine(_folder, "v17"), new SyncImportOptions { MediaRoot = _host.MediaRoot });
        Assert.That(result.Report.HasErrors, Is.False, () => string.Join("; ", result.Report.Problems));
        var values = (await _host.Get<MediaService>().GetAsync(key))!.Draft.Values;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.HasErrors, Is.False, () => string.Join("; ", result.Report.Problems));
            Assert.That(values.GetValueOrDefault("umbracoWidth"), Is.EqualTo("640"));
            Assert.That(values.GetValueOrDefault("umbracoHeight"), Is.EqualTo("480"));
            Assert.That(values.GetValueOrDefault("umbracoBytes"), Is.EqualTo(new FileInfo(Path.Combine(_folder, "Files", "media", "imp1", "sports-hall.jpg")).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(values.GetValueOrDefault("umbracoExtension"), Is.EqualTo("jpg"));
            Assert.That(File.Exists(Path.Combine(_host.MediaRoot, "imp1", "sports-hall.jpg")), Is.True);
        }
    }

    [Test]
    public async Task An_imported_document_gets_bytes_and_extension_but_no_pixel_size()
    {
        var key = Guid.NewGuid();
        WriteMedia(key, "File", "Leaflet", "/media/imp2/leaflet.pdf");
        var pdf = Path.Combine(_folder, "Files", "media", "imp2", "leaflet.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n%%EOF\n");

        var result = await _host.Get<SyncImporter>().ImportAsync(Path.Combine(_folder, "v17"), new SyncImportOptions { MediaRoot = _host.MediaRoot });
        Assert.That(result.Report.HasErrors, Is.False, () => string.Join("; ", result.Report.Problems));
        var values = (await _host.Get<MediaService>().GetAsync(key))!.Draft.Values;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.HasErrors, Is.False, () => string.Join("; ", result.Report.Problems));
            Assert.That(values.GetValueOrDefault("umbracoBytes"), Is.EqualTo("15"));
            Assert.That(values.GetValueOrDefault("umbracoExtension"), Is.EqualTo("pdf"));
            Assert.That(values.ContainsKey("umbracoWidth"), Is.False);
        }
    }

    [Test]
    public async Task A_truncated_image_is_refused_naming_the_file_and_nothing_is_imported()
    {
        var key = Guid.NewGuid();
        WriteMedia(key, "Image", "Broken", """{"src":"/media/imp3/broken-upload.jpg","crops":[],"focalPoint":null}""");
        TestImages.WriteTruncatedJpeg(Path.Combine(_folder, "Files", "media", "imp3", "broken-upload.jpg"), 800, 600);

        var result = await _host.Get<SyncImporter>().ImportAsync(Path.Combine(_folder, "v17"), new SyncImportOptions { MediaRoot = _host.MediaRoot });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.HasErrors, Is.True);
            Assert.That(result.Report.Problems.Select(problem => problem.ToString()), Has.Some.Contains("image 'broken-upload.jpg' cannot be read"));
            Assert.That(result.Applied, Is.Empty);
            Assert.That(await _host.Get<MediaService>().GetAsync(key), Is.Null);
            Assert.That(File.Exists(Path.Combine(_host.MediaRoot, "imp3", "broken-upload.jpg")), Is.False);
        }
    }

    private void WriteMedia(Guid key, string type, string name, string file)
    {
        var folder = Path.Combine(_folder, "v17", "Media");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, key + ".config"), "\uFEFF" + $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Media Key="{key}" Alias="{name}" Level="1">
              <Info>
                <Parent Key="00000000-0000-0000-0000-000000000000"></Parent>
                <Path>/{name.Replace(" ", "", StringComparison.Ordinal)}</Path>
                <Trashed>false</Trashed>
                <ContentType>{type}</ContentType>
                <CreateDate>2026-01-05T09:00:00</CreateDate>
                <NodeName Default="{name}" />
                <SortOrder>0</SortOrder>
              </Info>
              <Properties>
                <umbracoFile>
                  <Value><![CDATA[{file}]]></Value>
                </umbracoFile>
              </Properties>
            </Media>
            """, new System.Text.UTF8Encoding(false));
    }
}
