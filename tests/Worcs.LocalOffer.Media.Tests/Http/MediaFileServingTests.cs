using System.Net;
using System.Net.Http.Headers;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Media.Tests.Support;

namespace Worcs.LocalOffer.Media.Tests.Http;

[TestFixture]
[NonParallelizable]
public sealed class MediaFileServingTests
{
    private const string SeedPdf = "/media/gieungwj/special-provision-capital-fund-plan.pdf";
    private MediaHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await MediaHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task A_seed_download_is_served_at_the_url_the_delivery_api_gives_with_its_content_type_and_cache_headers()
    {
        using var response = await _host.Client.GetAsync(SeedPdf);
        var body = await response.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(response.Content.Headers.LastModified, Is.Not.Null);
            Assert.That(response.Headers.CacheControl?.Public, Is.True);
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(7)));
            Assert.That(body, Is.EqualTo(File.ReadAllBytes(Path.Combine(_host.MediaRoot, "gieungwj", "special-provision-capital-fund-plan.pdf"))));
        }
    }

    [Test]
    public async Task An_image_is_served_as_an_image()
    {
        await _host.CreateImageAsync("content-type/hall.png", 40, 30);

        using var response = await _host.Client.GetAsync("/media/content-type/hall.png");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
    }

    [Test]
    public async Task A_matching_etag_or_date_answers_304()
    {
        using var first = await _host.Client.GetAsync(SeedPdf);
        using var byTag = new HttpRequestMessage(HttpMethod.Get, SeedPdf);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, SeedPdf);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var tagged = await _host.Client.SendAsync(byTag);
        using var dated = await _host.Client.SendAsync(byDate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tagged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(dated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        }
    }

    [Test]
    public async Task A_range_answers_206_with_those_bytes_and_an_unsatisfiable_range_416()
    {
        var whole = await _host.Client.GetByteArrayAsync(SeedPdf);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, SeedPdf) { Headers = { Range = new RangeHeaderValue(10, 19) } };
        using var beyond = new HttpRequestMessage(HttpMethod.Get, SeedPdf) { Headers = { Range = new RangeHeaderValue(whole.Length + 100, null) } };

        using var partial = await _host.Client.SendAsync(ranged);
        using var refused = await _host.Client.SendAsync(beyond);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(partial.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
            Assert.That(await partial.Content.ReadAsByteArrayAsync(), Is.EqualTo(whole[10..20]));
            Assert.That(partial.Content.Headers.ContentRange?.ToString(), Is.EqualTo($"bytes 10-19/{whole.Length}"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.RequestedRangeNotSatisfiable));
        }
    }

    [Test]
    public async Task Head_gives_the_headers_without_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, SeedPdf);

        using var response = await _host.Client.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(new FileInfo(Path.Combine(_host.MediaRoot, "gieungwj", "special-provision-capital-fund-plan.pdf")).Length));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        }
    }

    [TestCase("/media/../localoffer.sqlite.db")]
    [TestCase("/media/%2e%2e/localoffer.sqlite.db")]
    [TestCase("/media/%2E%2E%2Flocaloffer.sqlite.db")]
    [TestCase("/media/gieungwj/..%2F..%2Flocaloffer.sqlite.db")]
    [TestCase("/media/gieungwj%5C..%5C..%5Clocaloffer.sqlite.db")]
    [TestCase("/media/gieungwj\\..\\..\\localoffer.sqlite.db")]
    [TestCase("/media//etc/passwd")]
    [TestCase("/media/%2Fetc%2Fpasswd")]
    public async Task Paths_that_climb_out_of_the_media_root_are_never_served(string rawPath)
    {
        var (status, response) = await RawHttp.GetAsync(_host.BaseAddress, rawPath);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.AnyOf(400, 404));
            Assert.That(response, Does.Not.Contain("SQLite format"));
            Assert.That(response, Does.Not.Contain("root:"));
        }
    }

    [Test]
    public async Task A_symlink_inside_the_root_is_never_followed()
    {
        var outside = Directory.CreateTempSubdirectory("localoffer-outside-").FullName;
        try
        {
            TestImages.Write(Path.Combine(outside, "secret.png"), 10, 10);
            Directory.CreateSymbolicLink(Path.Combine(_host.MediaRoot, "linked-folder"), outside);
            Directory.CreateDirectory(Path.Combine(_host.MediaRoot, "plain"));
            File.CreateSymbolicLink(Path.Combine(_host.MediaRoot, "plain", "linked.png"), Path.Combine(outside, "secret.png"));
            await _host.CreateImageAsync("linked-folder/secret.png", 0, 0, writeFile: false);
            await _host.CreateImageAsync("plain/linked.png", 0, 0, writeFile: false);

            using var throughFolder = await _host.Client.GetAsync("/media/linked-folder/secret.png");
            using var throughFile = await _host.Client.GetAsync("/media/plain/linked.png");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(throughFolder.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
                Assert.That(throughFile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            }
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public async Task A_file_no_media_item_points_at_is_not_served()
    {
        TestImages.Write(Path.Combine(_host.MediaRoot, "orphans", "left-behind.png"), 10, 10);

        using var response = await _host.Client.GetAsync("/media/orphans/left-behind.png");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Trashed_media_stops_being_served_and_comes_back_when_restored()
    {
        var key = await _host.CreateImageAsync("trash/poster.png", 20, 20);
        using var before = await _host.Client.GetAsync("/media/trash/poster.png");

        var trashed = await _host.Get<MediaService>().TrashAsync(key);
        using var whileTrashed = await _host.Client.GetAsync("/media/trash/poster.png");
        var restored = await _host.Get<MediaService>().RestoreAsync(key);
        using var afterRestore = await _host.Client.GetAsync("/media/trash/poster.png");
        var deleted = await _host.Get<MediaService>().DeleteAsync(key);
        using var afterDelete = await _host.Client.GetAsync("/media/trash/poster.png");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(trashed.Succeeded, Is.True);
            Assert.That(whileTrashed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(restored.Succeeded, Is.True);
            Assert.That(afterRestore.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deleted.Succeeded, Is.True);
            Assert.That(afterDelete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }
}
