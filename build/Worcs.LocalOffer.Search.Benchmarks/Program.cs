using System.Diagnostics;
using System.Globalization;
using Worcs.LocalOffer.Search.Benchmarks;

// dotnet run -c Release --project build/Worcs.LocalOffer.Search.Benchmarks -- [documents=50000] [queries=1000] [publishes=30]
var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
var publishes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;

var repositoryRoot = FindRepositoryRoot();
Console.WriteLine("Machine: " + Worcs.LocalOffer.Benchmarks.MachineDescription.Describe());
var rows = await IndexBenchmark.RunAsync(documents, queries);
rows.Add(await PublishBenchmark.RunAsync(repositoryRoot, publishes));
using var process = Process.GetCurrentProcess();
process.Refresh();
rows.Add(("process memory", string.Create(CultureInfo.InvariantCulture,
    $"RSS {process.WorkingSet64 / 1024.0 / 1024.0:F0} MiB at the end, peak {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB, managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MiB")));

var width = rows.Max(row => row.Item1.Length);
Console.WriteLine();
Console.WriteLine("| " + "measure".PadRight(width) + " | result |");
Console.WriteLine("| " + new string('-', width) + " | ------ |");
foreach (var (measure, value) in rows)
{
    Console.WriteLine("| " + measure.PadRight(width) + " | " + value + " |");
}

static string FindRepositoryRoot()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Worcs.LocalOffer.sln")))
            {
                return directory.FullName;
            }
        }
    }

    throw new DirectoryNotFoundException("Run from inside the repository: Worcs.LocalOffer.sln was not found above the current folder.");
}
