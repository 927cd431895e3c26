using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Site;
using Worcs.LocalOffer.Search.Tests.Relevance;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>At start-up a missing, corrupt or out-of-date index is found and rebuilt from the database.</summary>
public sealed class IndexRecoveryTests
{
    private SearchSite _site = null!;

    [SetUp]
    public async Task ImportSeedAndIndex() => _site = await SearchSite.CreateAsync();

    [TearDown]
    public async Task Dispose() => await _site.DisposeAsync();

    [Test]
    public async Task Deleted_index_folder_is_rebuilt_at_start_up()
    {
        await _site.RestartSearchAsync();
        Directory.Delete(_site.IndexRoot, recursive: true);

        await _site.Maintenance.StartAsync(CancellationToken.None);

        await AssertSearchWorksAsync();
    }

    [Test]
    public async Task Search_says_unavailable_until_a_missing_index_is_built()
    {
        await _site.RestartSearchAsync();
        Directory.Delete(_site.IndexRoot, recursive: true);
        var search = _site.Services.GetRequiredService<ISiteSearch>();
        var query = new SiteSearchRequest { Query = "ehcp" };

        Assert.That(async () => await search.SearchAsync(query, CancellationToken.None), Throws.InstanceOf<SearchUnavailableException>());
        await _site.Maintenance.StartAsync(CancellationToken.None);

        Assert.That((await search.SearchAsync(query, CancellationToken.None)).Total, Is.GreaterThan(0));
    }

    [Test]
    public async Task A_bad_request_on_a_missing_index_is_refused_as_bad_not_unavailable()
    {
        await _site.RestartSearchAsync();
        Directory.Delete(_site.IndexRoot, recursive: true);
        var search = _site.Services.GetRequiredService<ISiteSearch>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                async () => await search.SearchAsync(new SiteSearchRequest { Query = "ehcp", Take = -1 }, CancellationToken.None),
                Throws.InstanceOf<SearchRequestException>().With.Property(nameof(SearchRequestException.Parameter)).EqualTo("take"));
            Assert.That(
                async () => await search.SearchAsync(new SiteSearchRequest { Query = "ehcp", IndexName = "NoSuchIndex" }, CancellationToken.None),
                Throws.InstanceOf<SearchRequestException>().With.Property(nameof(SearchRequestException.Parameter)).EqualTo("index"));
            Assert.That(
                async () => await search.SearchAsync(new SiteSearchRequest { Query = "ehcp" }, CancellationToken.None),
                Throws.InstanceOf<SearchUnavailableException>(),
                "a valid request on the same index is told to come back");
        }
    }

    [Test]
    public async Task Corrupted_index_files_are_detected_and_rebuilt_at_start_up()
    {
        var before = _site.Indexes.External.Status().Directory;
        await _site.RestartSearchAsync();
        foreach (var file in Directory.EnumerateFiles(before))
        {
            File.WriteAllBytes(file, [.. Enumerable.Range(0, 64).Select(index => (byte)(index * 37))]);
        }

        await _site.Maintenance.StartAsync(CancellationToken.None);

        Assert.That(_site.Indexes.External.Status().Directory, Is.Not.EqualTo(before));
        await AssertSearchWorksAsync();
    }

    [Test]
    public async Task Truncated_segment_file_is_detected_and_rebuilt_at_start_up()
    {
        var before = _site.Indexes.External.Status().Directory;
        await _site.RestartSearchAsync();
        var largest = new DirectoryInfo(before).EnumerateFiles().OrderByDescending(file => file.Length).First();
        using (var stream = largest.Open(FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        await _site.Maintenance.StartAsync(CancellationToken.None);

        await AssertSearchWorksAsync();
    }

    [Test]
    public async Task Index_behind_the_database_is_rebuilt_at_start_up()
    {
        // Search is closed (as after a crash or a restore), so this publish reaches the database but not the index.
        await _site.RestartSearchAsync();
        var documents = _site.Services.GetRequiredService<DocumentService>();
        var created = await documents.CreateAsync(new NodeCreateRequest("newsArticle", "Missed while down", SeedContent.NewsIndexKey, SeedContent.NewsArticle("Missed while down", "quokkaworthy news")), publish: true);
        Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));
        await _site.RestartSearchAsync();

        await _site.Maintenance.StartAsync(CancellationToken.None);

        var response = await _site.SearchAsync("quokkaworthy");
        Assert.That(response.Items.Select(item => item.Name), Is.EqualTo(new[] { "Missed while down" }));
    }

    [Test]
    public async Task Up_to_date_index_is_not_rebuilt_at_start_up()
    {
        var before = _site.Indexes.External.Status().Directory;
        await _site.RestartSearchAsync();

        await _site.Maintenance.StartAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_site.Indexes.External.Status().Directory, Is.EqualTo(before));
            Assert.That(_site.Indexes.External.Status().LastRebuildUtc, Is.Null);
        }
    }

    private async Task AssertSearchWorksAsync()
    {
        var status = _site.Maintenance.Status();
        var response = await _site.SearchAsync("autism act");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.Healthy, Is.True);
            Assert.That(status.Indexes.Select(index => index.Health), Is.All.EqualTo(IndexHealth.Healthy));
            Assert.That(status.Indexes.Select(index => index.DocumentCount), Is.All.EqualTo(19));
            Assert.That(response.Items[0].Name, Is.EqualTo(JudgedQueries.AutismAct));
        }
    }
}
