using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Tests.Folders;

public sealed class SyncFolderReaderTests
{
    private readonly SyncFolderReader _reader = new();

    [TestCaseSource(typeof(Corpus), nameof(Corpus.SiteCases))]
    public void Corpus_site_of_each_uSync_version_is_read_without_problems(string site)
    {
        var folder = _reader.Read(Path.Combine(Corpus.Root, site), $"{site}/uSync");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Problems, Is.Empty);
            Assert.That(folder.Files.Select(file => file.Item).OfType<SyncVersionMarker>().Single().Format, Is.EqualTo("10.7.0"));
            Assert.That(folder.Files.Where(file => file.Item is SyncUnsupportedItem).Select(file => file.HandlerFolder), Is.SubsetOf(new[] { "Templates", "MemberTypes", "Dictionary" }));
        }
    }

    [TestCase("DataTypes", typeof(SyncDataType))]
    [TestCase("ContentTypes", typeof(SyncContentType))]
    [TestCase("MediaTypes", typeof(SyncContentType))]
    [TestCase("Content", typeof(SyncContent))]
    [TestCase("Media", typeof(SyncContent))]
    [TestCase("Languages", typeof(SyncLanguage))]
    public void Supported_folders_are_read_into_typed_models(string handlerFolder, Type modelType)
    {
        var items = Directory.EnumerateDirectories(Corpus.Root)
            .SelectMany(site => _reader.Read(site).In(handlerFolder))
            .Select(file => file.Item)
            .Where(item => item is not SyncEmpty)
            .ToList();

        Assert.That(items, Is.Not.Empty.And.All.TypeOf(modelType));
    }

    [Test]
    public void Problems_name_the_file_under_the_display_root_with_its_line()
    {
        using var temp = new TempSyncFolder()
            .Add("ContentTypes/newsarticle.config", "<ContentType>\n  <Info>\n</ContentType>")
            .Add("DataTypes/Textstring.config", SampleXml.DataType("0cc0eba1-9960-42c9-bf9b-60e150b429ae", "Textstring"));

        var folder = _reader.Read(temp.Root, "uSync/v17");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Files.Single().Path, Is.EqualTo("uSync/v17/DataTypes/Textstring.config"));
            Assert.That(folder.Files.Single().HandlerFolder, Is.EqualTo("DataTypes"));
            Assert.That(folder.Problems.Single().ToString(), Does.StartWith("uSync/v17/ContentTypes/newsarticle.config:4: malformed XML: "));
        }
    }

    [Test]
    public void Missing_root_folder_is_one_error()
    {
        var folder = _reader.Read(Path.Combine(Path.GetTempPath(), "no-such-usync-" + Guid.NewGuid().ToString("N")), "uSync/v17");

        Assert.That(folder.Problems.Single().ToString(), Is.EqualTo("uSync/v17: folder does not exist"));
    }
}
