using Microsoft.Playwright;

namespace Worcs.LocalOffer.Backoffice.Tests.ClientHosting;

/// <summary>
/// Debian's Chromium (installed by build/test.sh) loads the backoffice through Playwright: every module, stylesheet
/// and font of the client must load under the page's CSP, until the client asks the Management API for the server
/// status, which is not built yet (its 404 is the one error allowed).
/// </summary>
[TestFixture]
public sealed class BrowserBootTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ServerStatus = "/umbraco/management/api/v1/server/status";

    [Test]
    public async Task The_client_boots_until_it_asks_for_the_server_status()
    {
        Assert.That(File.Exists(Chromium), Is.True, $"{Chromium} is missing: install it with apt-get install chromium (build/test.sh does)");
        await using var host = await BackofficeClientHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsTheServerStatus404(message.Text, message.Location))
            {
                problems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) =>
        {
            if (!IsTheServerStatus404(error, ""))
            {
                problems.Add($"page error: {error}");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        long bytes = 0;
        var responses = 0;
        page.Response += (_, response) =>
        {
            responses++;
            bytes += response.Headers.TryGetValue("content-length", out var length) ? long.Parse(length, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (response.Status != 200 && !response.Url.EndsWith(ServerStatus, StringComparison.Ordinal))
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };

        var statusRequest = page.WaitForRequestAsync(request => request.Url.EndsWith(ServerStatus, StringComparison.Ordinal), new() { Timeout = 60_000 });
        await page.GotoAsync(new Uri(host.Client.BaseAddress!, "/umbraco/section/content").ToString());
        await statusRequest;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 30_000 });
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "backoffice-boot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot });
        TestContext.AddTestAttachment(screenshot);
        await TestContext.Out.WriteLineAsync($"first load: {responses} responses, {bytes:N0} bytes (compressed, as sent)");

        Assert.That(problems, Is.Empty);
        Assert.That(await page.EvaluateAsync<bool>("() => customElements.get('umb-app') !== undefined"), Is.True, "umb-app was never defined");
    }

    // The 404 itself, and the client's unhandled UmbApiError for it.
    private static bool IsTheServerStatus404(string text, string location) =>
        location.Contains(ServerStatus, StringComparison.Ordinal)
        || (text.Contains("404", StringComparison.Ordinal) && text.Contains("Failed to load resource", StringComparison.Ordinal))
        || text.Contains("UmbApiError: Not Found", StringComparison.Ordinal);
}
