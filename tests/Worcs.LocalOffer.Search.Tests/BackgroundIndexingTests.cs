using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Search.Site;
using Worcs.LocalOffer.Search.Tests.Relevance;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>
/// Editing through the engine keeps search current: the notifications queue work that the background service applies.
/// Tests poll the search until the change shows (no timing assertions).
/// </summary>
public sealed class BackgroundIndexingTests
{
    private const int MaxAttachmentBytes = 20_000;
    private SearchSite _site = null!;
    private IAsyncDisposable _indexing = null!;

    [SetUp]
    public async Task StartSite()
    {
        _site = await SearchSite.CreateAsync(new Dictionary<string, string?> { ["LocalOffer:Search:MaxAttachmentBytes"] = MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _indexing = await _site.StartBackgroundIndexingAsync();
    }

    [TearDown]
    public async Task StopSite()
    {
        await _indexing.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task Published_document_becomes_searchable_and_unpublishing_removes_it()
    {
        var created = await _site.Documents.CreateAsync(New("Otterly new respite guide", "information about otterly good short breaks"), publish: true);
        Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));

        var found = await Eventually.Until(() => _site.SearchAsync("otterly"), response => response.Total > 0, "the published page to be searchable");
        Assert.That(found.Items[0].Key, Is.EqualTo(created.Value!.Key));

        await _site.Documents.UnpublishAsync(created.Value.Key);
        await Eventually.Until(() => _site.SearchAsync("otterly"), response => response.Total == 0, "the unpublished page to leave the index");
        var drafts = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "otterly", IndexName = "InternalIndex" });
        Assert.That(drafts.Items.Select(item => item.Key), Does.Contain(created.Value.Key), "the backoffice index keeps the draft");
    }

    [Test]
    public async Task Saved_draft_is_not_public_until_published()
    {
        var created = await _site.Documents.CreateAsync(New("Draft only", "narwhalish plans"), publish: false);
        Assert.That(created.Succeeded, Is.True);

        await Eventually.Until(
            () => _site.Search.SearchAsync(new SiteSearchRequest { Query = "narwhalish", IndexName = "InternalIndex" }),
            response => response.Total > 0,
            "the draft to reach the internal index");
        var published = await _site.SearchAsync("narwhalish");

        Assert.That(published.Total, Is.Zero);
    }

    [Test]
    public async Task Trashing_a_parent_removes_its_published_children()
    {
        var trashed = await _site.Documents.TrashAsync(SeedContent.NewsIndexKey);
        Assert.That(trashed.Succeeded, Is.True, () => string.Join("; ", trashed.Errors));

        await Eventually.Until(() => _site.SearchAsync("autism act"), response => response.Items.All(item => item.Name != JudgedQueries.AutismAct), "the trashed section's pages to leave the index");
    }

    [Test]
    public async Task Unpublishing_a_section_removes_its_published_pages()
    {
        var unpublished = await _site.Documents.UnpublishAsync(SeedContent.NewsIndexKey);
        Assert.That(unpublished.Succeeded, Is.True, () => string.Join("; ", unpublished.Errors));

        await Eventually.Until(() => _site.SearchAsync("autism act"), response => response.Items.All(item => item.Key != SeedContent.AutismActKey), "the unpublished section's pages to leave the index");
        Assert.That((await _site.Documents.GetAsync(SeedContent.AutismActKey))!.Node.IsPublished, Is.True, "the page itself stays published");
    }

    [Test]
    public async Task Deleting_a_document_removes_it()
    {
        await _site.Documents.TrashAsync(SeedContent.AutismActKey);
        var deleted = await _site.Documents.DeleteAsync(SeedContent.AutismActKey);
        Assert.That(deleted.Succeeded, Is.True, () => string.Join("; ", deleted.Errors));

        await Eventually.Until(() => _site.SearchAsync("autism act"), response => response.Items.All(item => item.Key != SeedContent.AutismActKey), "the deleted page to leave the index");
        await Eventually.Until(
            () => _site.Search.SearchAsync(new SiteSearchRequest { Query = "autism act", IndexName = "InternalIndex" }),
            response => response.Items.All(item => item.Key != SeedContent.AutismActKey),
            "the deleted page to leave the internal index");
    }

    [Test]
    public async Task Page_linking_a_new_download_is_found_by_words_only_in_the_file()
    {
        var upload = SeedContent.WriteDocx(_site.MediaRoot, "kestrel-guide.docx", "The kestrelwatch scheme offers supported holidays.");
        var media = await _site.Media.CreateAsync(SeedContent.Download("wordDocument", "Kestrel guide", upload));
        Assert.That(media.Succeeded, Is.True, () => string.Join("; ", media.Errors));
        var page = await _site.Documents.CreateAsync(New("Holidays with support", "Breaks for families.", media.Value!.Key), publish: true);
        Assert.That(page.Succeeded, Is.True, () => string.Join("; ", page.Errors));

        var response = await Eventually.Until(() => _site.SearchAsync("kestrelwatch"), found => found.Total > 0, "the page to be found by its download's words");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Items[0].Name, Is.EqualTo("Holidays with support"));
            Assert.That(response.Items[0].FoundIn, Is.EqualTo("kestrel-guide.docx"));
            Assert.That(response.Items[0].Snippet, Does.Contain("<mark>kestrelwatch</mark>"));
        }

        // Replacing the file re-indexes the page that links it.
        var replaced = SeedContent.WriteDocx(_site.MediaRoot, "kestrel-guide-v2.docx", "The falconridge scheme replaced the old one.");
        var saved = await _site.Media.SaveAsync(new NodeUpdateRequest(media.Value.Key, "Kestrel guide", new Dictionary<string, string?> { ["umbracoFile"] = replaced }));
        Assert.That(saved.Succeeded, Is.True, () => string.Join("; ", saved.Errors));
        var updated = await Eventually.Until(() => _site.SearchAsync("falconridge"), found => found.Total > 0, "the page to be found by its replaced download's words");
        Assert.That(updated.Items.Select(item => item.Name), Does.Contain("Holidays with support"));

        // Binning the download takes its words off the page that linked it.
        var trashed = await _site.Media.TrashAsync(media.Value.Key);
        Assert.That(trashed.Succeeded, Is.True, () => string.Join("; ", trashed.Errors));
        await Eventually.Until(() => _site.SearchAsync("falconridge"), found => found.Total == 0, "the binned download's words to leave the page");
    }

    [Test]
    public async Task Corrupt_encrypted_and_huge_downloads_are_indexed_without_text_and_the_queue_carries_on()
    {
        var corrupt = SeedContent.WriteFile(_site.MediaRoot, "broken.pdf", [.. "%PDF-1.7 this is not really a pdf"u8]);
        var encrypted = SeedContent.WriteFile(_site.MediaRoot, "locked.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]]);
        var huge = SeedContent.WriteDocx(_site.MediaRoot, "huge.docx", "hugewordonly " + string.Join(' ', Enumerable.Range(0, 3000).Select(_ => Guid.NewGuid().ToString("N"))));
        Assert.That(new FileInfo(Path.Combine(_site.MediaRoot, huge["/media/".Length..])).Length, Is.GreaterThan(MaxAttachmentBytes));
        foreach (var (type, name, upload) in new[] { ("pdfDocument", "Broken plan", corrupt), ("wordDocument", "Locked form", encrypted), ("wordDocument", "Huge form", huge) })
        {
            var created = await _site.Media.CreateAsync(SeedContent.Download(type, name, upload));
            Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));
        }

        var media = await Eventually.Until(
            () => _site.Search.SearchAsync(new SiteSearchRequest { Query = "broken locked huge", Category = "media", Take = 10 }),
            response => response.Items.Count(item => item.Name is "Broken plan" or "Locked form" or "Huge form") == 3,
            "the three bad downloads to be indexed");
        var after = await _site.Documents.CreateAsync(New("Published after the bad files", "pelicanlike news"), publish: true);
        Assert.That(after.Succeeded, Is.True);
        await Eventually.Until(() => _site.SearchAsync("pelicanlike"), response => response.Total > 0, "a page published after the bad downloads to be searchable");
        var hugeWords = await _site.Search.SearchAsync(new SiteSearchRequest { Query = "hugewordonly", Category = "all" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(media.Items.Where(item => item.Name is "Broken plan" or "Locked form" or "Huge form").Select(item => item.MatchedFiles), Is.All.Empty, "no text was indexed for them");
            Assert.That(hugeWords.Total, Is.Zero, "a file over the size limit is indexed without its text");
            Assert.That(_site.Maintenance.Status().LastError, Is.Null);
        }
    }

    private static NodeCreateRequest New(string name, string body, Guid? download = null) =>
        new("newsArticle", name, SeedContent.NewsIndexKey, SeedContent.NewsArticle(name, body, download));
}
