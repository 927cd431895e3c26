using System.Net;

namespace Worcs.LocalOffer.Testing.Host;

/// <summary>Polls <c>/health/ready</c> until the host answers 200, failing with the last answer when it never does.</summary>
public static class ReadinessWait
{
    public static async Task UntilReadyAsync(HttpClient client, TimeSpan within)
    {
        using var giveUp = new CancellationTokenSource(within);
        while (true)
        {
            using var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            if (giveUp.IsCancellationRequested)
            {
                throw new TimeoutException($"The host did not become ready within {within}: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(50);
        }
    }
}
