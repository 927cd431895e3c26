using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Benchmarks;

/// <summary>
/// Imports a generated uSync folder (100 document types, 10,000 documents by default) into an empty SQLite
/// database, then runs <c>report</c> over the unchanged folder, several times. Arguments:
/// [runs] [type count] [documents per type] [repository uSync/v17 folder].
/// </summary>
internal static class SyncImportBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var typeCount = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var perType = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var repositoryUSync = Path.GetFullPath(args.Length > 3 ? args[3] : Path.Combine("uSync", "v17"));
        var folder = Path.Combine(Directory.CreateTempSubdirectory("localoffer-usync-bench-").FullName, "v17");

        var generation = Stopwatch.StartNew();
        await using (var generator = await BenchmarkServices.OpenAsync(BenchmarkServices.NewSqlite()))
        {
            await SyncFolderGenerator.GenerateAsync(generator, repositoryUSync, folder, typeCount, perType);
        }

        var files = Directory.EnumerateFiles(folder, "*.config", SearchOption.AllDirectories).Count();
        Console.WriteLine($"uSync import and report of {files} files ({typeCount} generated document types, {typeCount * perType} documents + {typeCount} sections), generated in {generation.Elapsed.TotalSeconds:F1} s. Machine: {MachineDescription.Describe()}");
        Console.WriteLine("| run | import into empty SQLite (s) | items applied | report on unchanged folder (s) | pending changes |");
        Console.WriteLine("|---|---|---|---|---|");
        var imports = new List<double>();
        var reports = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            await using var services = await BenchmarkServices.OpenAsync(BenchmarkServices.NewSqlite());
            var importer = services.GetRequiredService<SyncImporter>();
            var stopwatch = Stopwatch.StartNew();
            var result = await importer.ImportAsync(folder);
            var importSeconds = stopwatch.Elapsed.TotalSeconds;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems.Take(10)));
            }

            stopwatch.Restart();
            var report = await importer.ReportAsync(folder);
            var reportSeconds = stopwatch.Elapsed.TotalSeconds;
            imports.Add(importSeconds);
            reports.Add(reportSeconds);
            Console.WriteLine($"| {run} | {importSeconds:F2} | {result.Applied.Count} | {reportSeconds:F2} | {report.Pending.Count()} |");
        }

        Console.WriteLine($"| median | {Median(imports):F2} | | {Median(reports):F2} | |");
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
