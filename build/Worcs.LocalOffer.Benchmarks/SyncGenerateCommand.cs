namespace Worcs.LocalOffer.Benchmarks;

/// <summary>
/// Writes the repository's uSync content plus generated types and documents into a folder, for benchmarks that
/// start the host on a large site. Arguments: target folder (the v17 root), [types] [documents per type] [repository uSync/v17].
/// </summary>
internal static class SyncGenerateCommand
{
    public static async Task RunAsync(string[] args)
    {
        var target = Path.GetFullPath(args[0]);
        var typeCount = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var perType = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var repositoryUSync = Path.GetFullPath(args.Length > 3 ? args[3] : Path.Combine("uSync", "v17"));
        await using (var provider = await BenchmarkServices.OpenAsync(BenchmarkServices.NewSqlite()))
        {
            await SyncFolderGenerator.GenerateAsync(provider, repositoryUSync, target, typeCount, perType, withSeedContent: true);
        }

        Console.WriteLine($"Wrote {Directory.EnumerateFiles(target, "*.config", SearchOption.AllDirectories).Count()} uSync files to {target}");
    }
}
