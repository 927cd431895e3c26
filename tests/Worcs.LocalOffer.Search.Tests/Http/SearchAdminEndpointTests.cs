using System.Net;

namespace Worcs.LocalOffer.Search.Tests.Http;

/// <summary>The search admin endpoints through real HTTP: management key checks, status and a queued rebuild.</summary>
[TestFixture]
public sealed class SearchAdminEndpointTests
{
    private SearchHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SearchHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Status_needs_a_key()
    {
        using var response = await _host.SendAsync(HttpMethod.Get, SearchHost.Admin, bearer: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Status_refuses_a_wrong_key()
    {
        using var response = await _host.SendAsync(HttpMethod.Get, SearchHost.Admin, "not-a-configured-key-0123456789abcdef");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Status_refuses_an_editor_key()
    {
        using var response = await _host.SendAsync(HttpMethod.Get, SearchHost.Admin, SearchHost.EditorKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Rebuild_refuses_an_editor_key()
    {
        using var response = await _host.SendAsync(HttpMethod.Post, SearchHost.Admin + "/rebuild", SearchHost.EditorKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Status_with_the_admin_key_describes_each_index()
    {
        var (status, body, message) = await _host.GetJsonAsync(SearchHost.Admin, SearchHost.AdminKey);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var indexes = body.GetProperty("indexes").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(indexes.Select(index => index.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "ExternalIndex", "InternalIndex" }));
            Assert.That(indexes.Select(index => index.GetProperty("documentCount").GetInt32()), Is.All.GreaterThan(0));
            Assert.That(indexes.Select(index => index.GetProperty("sizeBytes").GetInt64()), Is.All.GreaterThan(0));
            Assert.That(indexes.Select(index => index.GetProperty("lastCommit").GetDateTime()), Is.All.GreaterThan(new DateTime(2020, 1, 1)));
            Assert.That(body.GetProperty("queueLength").GetInt32(), Is.GreaterThanOrEqualTo(0));
            Assert.That(body.GetProperty("healthy").GetBoolean(), Is.True);
            Assert.That(message.Headers.CacheControl!.NoStore, Is.True);
        });
    }

    [Test]
    public async Task Rebuild_is_accepted_and_the_indexes_come_back_healthy()
    {
        var (_, before, _) = await _host.GetJsonAsync(SearchHost.Admin, SearchHost.AdminKey);
        var externalBefore = before.GetProperty("indexes").EnumerateArray().Single(index => index.GetProperty("name").GetString() == "ExternalIndex");
        var rebuiltBefore = externalBefore.GetProperty("lastRebuild").ValueKind == System.Text.Json.JsonValueKind.Null
            ? DateTime.MinValue
            : externalBefore.GetProperty("lastRebuild").GetDateTime();

        using var response = await _host.SendAsync(HttpMethod.Post, SearchHost.Admin + "/rebuild", SearchHost.AdminKey);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));

        await Support.Eventually.Until(
            async () => (await _host.GetJsonAsync(SearchHost.Admin, SearchHost.AdminKey)).Body,
            body => body.GetProperty("indexes").EnumerateArray().All(index =>
                index.GetProperty("lastRebuild").ValueKind != System.Text.Json.JsonValueKind.Null && index.GetProperty("lastRebuild").GetDateTime() > rebuiltBefore),
            "both indexes to record a rebuild after the request");
        await _host.WaitUntilSearchReadyAsync();
        var (searchStatus, results, _) = await _host.SearchAsync("autism");

        Assert.That(searchStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.GetProperty("total").GetInt64(), Is.GreaterThan(0));
    }
}
