using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Search.Benchmarks;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Benchmarks;

/// <summary>
/// Starts the real host in-process on Kestrel (loopback) over a uSync folder, then publishes a change to one news
/// article again and again, each time timing the engine call and the moment the change shows in
/// <c>GET /content/item/{id}</c>. Arguments: [uSync v17 root, default the repository's] [publishes, 50]
/// [seconds to let start-up background work (the first search index build) finish before measuring, 30].
/// </summary>
internal static class PublishToVisibleBenchmark
{
    private static readonly Guid Article = Guid.Parse("77b3f06d-9997-5eee-ab43-2b4da5822b93");

    public static async Task RunAsync(string[] args)
    {
        var root = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("uSync", "v17"));
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
        var settle = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30);
        var contentRoot = Directory.CreateTempSubdirectory("localoffer-visible-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = root,
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
        };
        // Outside a test project the factory cannot find the app's folder by itself; this is the variable it reads.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WORCS_LOCALOFFER_HOST", contentRoot);
        var factory = new LocalOfferHostFactory(contentRoot, settings);
        var client = factory.CreateClient();
        try
        {
            var boot = Stopwatch.StartNew();
            while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }

            await Task.Delay(settle);
            var total = (await client.GetStringAsync("/umbraco/delivery/api/v2/content?take=0")).Split("\"total\":")[1].Split(',')[0];
            Console.WriteLine($"Publish to visible in GET /content/item/{{id}}, {count} publishes after 5 warm-up ones; {total} published documents; ready after {boot.Elapsed.TotalSeconds:F1} s, then {settle.TotalSeconds:F0} s for start-up background work. Machine: {MachineDescription.Describe()}");
            var documents = factory.Services.GetRequiredService<DocumentService>();
            var calls = new List<double>();
            var visible = new List<double>();
            for (var round = -5; round < count; round++)
            {
                var (call, seen) = await PublishOnceAsync(documents, client, $"Benchmark change {round} {Guid.NewGuid():N}");
                if (round >= 0)
                {
                    calls.Add(call);
                    visible.Add(seen);
                }
            }

            calls.Sort();
            visible.Sort();
            Console.WriteLine("| measure | median ms | p95 ms | max ms |");
            Console.WriteLine("|---|---|---|---|");
            Console.WriteLine($"| save + publish call returns | {Percentiles.Of(calls, 50):F1} | {Percentiles.Of(calls, 95):F1} | {calls[^1]:F1} |");
            Console.WriteLine($"| publish call start to visible over HTTP | {Percentiles.Of(visible, 50):F1} | {Percentiles.Of(visible, 95):F1} | {visible[^1]:F1} |");
        }
        finally
        {
            client.Dispose();
            await factory.DisposeAsync();
            await ContentRootCleanup.DeleteAsync(contentRoot);
        }
    }

    private static async Task<(double Call, double Visible)> PublishOnceAsync(DocumentService documents, HttpClient client, string marker)
    {
        var current = (await documents.GetAsync(Article))!;
        var values = new Dictionary<string, string?>(current.Draft.Values) { ["summary"] = marker };
        var stopwatch = Stopwatch.StartNew();
        var result = await documents.SaveAsync(new NodeUpdateRequest(Article, current.Draft.Name, values), publish: true);
        var call = stopwatch.Elapsed.TotalMilliseconds;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.ToString());
        }

        while (!(await client.GetStringAsync($"/umbraco/delivery/api/v2/content/item/{Article}")).Contains(marker, StringComparison.Ordinal))
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"'{marker}' was not visible after 30 s.");
            }
        }

        return (call, stopwatch.Elapsed.TotalMilliseconds);
    }
}
