using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Naming;

namespace Worcs.LocalOffer.Sync.Tests.Naming;

public sealed class SyncFileNamesTests
{
    [Test]
    public void Default_names_match_the_names_uSync_gave_every_corpus_item()
    {
        var files = Directory.EnumerateDirectories(Corpus.Root)
            .SelectMany(site => new SyncFolderReader().Read(site, "").Files)
            .Where(file => file.Item is SyncDataType or SyncContentType or SyncContent or SyncLanguage or SyncVersionMarker)
            .ToList();

        Assert.That(files.Select(file => SyncFileNames.RelativePath(file.Item)), Is.EqualTo(files.Select(file => file.Path.TrimStart('/'))));
    }

    [TestCase("Richtext editor", "RichtextEditor.config")]
    [TestCase("Multi URL Picker", "MultiURLPicker.config")]
    public void Data_type_names_become_safe_aliases_with_case_kept(string name, string expected)
    {
        Assert.That(SyncFileNames.ForDataType(name), Is.EqualTo(expected));
    }

    [TestCase("About us", "about-us.config")]
    [TestCase("Speech & language therapy", "speech-language-therapy.config")]
    public void Content_names_become_safe_file_names(string name, string expected)
    {
        Assert.That(SyncFileNames.ForContent(name), Is.EqualTo(expected));
    }

    [Test]
    public void Content_type_names_are_the_alias_lower_cased()
    {
        Assert.That(SyncFileNames.ForContentType("sendServicePage"), Is.EqualTo("sendservicepage.config"));
    }
}
