using System.Net;

namespace Worcs.LocalOffer.Host.Tests.Support;

internal static class HttpClientExtensions
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Polls <paramref name="path"/> until it answers <paramref name="expected"/> or <paramref name="giveUpAfter"/>
    /// passes, and returns the last status. The limit only stops a broken host from hanging the run.
    /// </summary>
    public static async Task<HttpStatusCode> PollUntilAsync(
        this HttpClient client, string path, HttpStatusCode expected, TimeSpan giveUpAfter)
    {
        using var giveUp = new CancellationTokenSource(giveUpAfter);
        while (true)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode == expected || giveUp.IsCancellationRequested)
            {
                return response.StatusCode;
            }

            await Task.Delay(_pollInterval);
        }
    }
}
