using System.Globalization;

namespace Worcs.LocalOffer.Search.Benchmarks;

/// <summary>The CPU, core count and memory of the machine, from /proc where available.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = ReadProc("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var memory = ReadProc("/proc/meminfo", "MemTotal");
        var memoryText = memory is not null && long.TryParse(memory.Replace("kB", "", StringComparison.Ordinal).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes)
            ? string.Create(CultureInfo.InvariantCulture, $"{kilobytes / 1024.0 / 1024.0:F1} GiB RAM")
            : "unknown RAM";
        return $"{cpu}, {Environment.ProcessorCount} logical CPUs, {memoryText}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    private static string? ReadProc(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(line => line.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
