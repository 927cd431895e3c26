using System.Net;
using System.Text.Json;
using Worcs.LocalOffer.Media.Tests.Support;

namespace Worcs.LocalOffer.Media.Tests.Http;

[TestFixture]
[NonParallelizable]
public sealed class ImageResizingTests
{
    private MediaHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await MediaHost.StartAsync();
        await _host.CreateImageAsync("resize/hall.jpg", 1600, 1200);
        await _host.CreateImageAsync("resize/logo.png", 400, 200);
        await _host.CreateImageAsync("resize/broken.jpg", 0, 0, writeFile: false);
        TestImages.WriteTruncatedJpeg(Path.Combine(_host.MediaRoot, "resize", "broken.jpg"), 800, 600);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase("width=800", 800, 600, "jpegload_buffer")]
    [TestCase("height=300", 400, 300, "jpegload_buffer")]
    [TestCase("width=300&height=300", 300, 300, "jpegload_buffer")]
    [TestCase("width=300&height=300&rmode=max", 300, 225, "jpegload_buffer")]
    [TestCase("width=300&height=300&rmode=pad", 300, 300, "jpegload_buffer")]
    [TestCase("width=300&height=100&rmode=stretch", 300, 100, "jpegload_buffer")]
    [TestCase("width=1800&height=1800&rmode=boxpad", 1800, 1800, "jpegload_buffer")]
    [TestCase("width=200&height=200&rmode=min", 267, 200, "jpegload_buffer")]
    [TestCase("cc=0.25,0,0.25,0&width=400", 400, 600, "jpegload_buffer")]
    [TestCase("width=400&height=200&rxy=0.9,0.1&rmode=crop", 400, 200, "jpegload_buffer")]
    [TestCase("width=160&format=webp&quality=60", 160, 120, "webpload_buffer")]
    [TestCase("width=160&format=png", 160, 120, "pngload_buffer")]
    public async Task Resizing_gives_an_image_of_the_asked_size(string query, int width, int height, string loader)
    {
        using var response = await _host.Client.GetAsync($"/media/resize/hall.jpg?{query}");
        var decoded = TestImages.Decode(await response.Content.ReadAsByteArrayAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((decoded.Width, decoded.Height), Is.EqualTo((width, height)));
            Assert.That(decoded.Loader, Is.EqualTo(loader));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        }
    }

    [Test]
    public async Task A_png_stays_a_png()
    {
        using var response = await _host.Client.GetAsync("/media/resize/logo.png?width=100");
        var (width, height, _) = TestImages.Decode(await response.Content.ReadAsByteArrayAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That((width, height), Is.EqualTo((100, 50)));
        }
    }

    [Test]
    public async Task A_second_request_is_answered_from_the_disk_cache_with_the_same_etag_and_304_when_revalidated()
    {
        using var first = await _host.Client.GetAsync("/media/resize/hall.jpg?width=123");
        var cached = Directory.EnumerateFiles(_host.CacheRoot, "*.jpg", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc);
        using var second = await _host.Client.GetAsync("/media/resize/hall.jpg?width=123&v=cache-buster");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/media/resize/hall.jpg?width=123") { Headers = { IfNoneMatch = { first.Headers.ETag! } } };
        using var notModified = await _host.Client.SendAsync(revalidate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
            Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(await first.Content.ReadAsByteArrayAsync()));
            Assert.That(Directory.EnumerateFiles(_host.CacheRoot, "*.jpg", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc), Is.EqualTo(cached));
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        }
    }

    [TestCase("width=2001", "width")]
    [TestCase("height=-5", "height")]
    [TestCase("width=abc", "width")]
    [TestCase("rmode=fill", "rmode")]
    [TestCase("ranchor=middle", "ranchor")]
    [TestCase("rxy=1.5,0.5", "rxy")]
    [TestCase("cc=0.6,0,0.6,0", "cc")]
    [TestCase("format=bmp", "format")]
    [TestCase("quality=0", "quality")]
    [TestCase("width=10&width=20", "width")]
    public async Task Unknown_or_absurd_values_answer_400_naming_the_parameter(string query, string parameter)
    {
        using var response = await _host.Client.GetAsync($"/media/resize/hall.jpg?{query}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.RootElement.GetProperty("parameter").GetString(), Is.EqualTo(parameter));
        }
    }

    [Test]
    public async Task A_truncated_image_is_refused_without_harming_the_resizer()
    {
        using var broken = await _host.Client.GetAsync("/media/resize/broken.jpg?width=100");
        using var healthy = await _host.Client.GetAsync("/media/resize/hall.jpg?width=101");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(await broken.Content.ReadAsStringAsync(), Does.Contain("broken.jpg"));
            Assert.That(healthy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Resize_parameters_on_a_document_are_ignored_and_the_file_is_served_as_it_is()
    {
        using var response = await _host.Client.GetAsync("/media/gieungwj/special-provision-capital-fund-plan.pdf?width=100");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
    }
}
