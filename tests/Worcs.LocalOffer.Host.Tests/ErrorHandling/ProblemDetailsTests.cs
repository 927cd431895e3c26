using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.ErrorHandling;

[TestFixture]
[Parallelizable(ParallelScope.Fixtures)]
public sealed class ProblemDetailsTests
{
    private TempContentRoot _contentRoot = null!;
    private LocalOfferHostFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _contentRoot = new TempContentRoot();
        _factory = new LocalOfferHostFactory(
            _contentRoot.Path,
            configureServices: services => services.AddTransient<IStartupFilter, ThrowingEndpointStartupFilter>());
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _contentRoot.Dispose();
    }

    [Test]
    public async Task Unhandled_exception_returns_500_problem_details_with_traceId_and_no_exception_detail()
    {
        using var response = await _client.GetAsync(ThrowingEndpointStartupFilter.Path);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(json.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(500));
            Assert.That(json.RootElement.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain(ThrowingEndpointStartupFilter.Secret));
            Assert.That(body, Does.Not.Contain(nameof(InvalidOperationException)));
            Assert.That(body, Does.Not.Contain(" at "));
        }
    }

    [Test]
    public async Task Unknown_path_returns_404_problem_details()
    {
        using var response = await _client.GetAsync("/no/such/path");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }
}
