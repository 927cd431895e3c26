using System.Reflection;

namespace Worcs.LocalOffer.Sync.Tests;

/// <summary>The shared corpus of real uSync exports at <c>&lt;repo&gt;/../shared/usync-corpus</c>; never copied in.</summary>
internal static class Corpus
{
    /// <summary>The repository's root folder, the one holding Worcs.LocalOffer.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var starts = new[] { RecordedProjectDirectory(), AppContext.BaseDirectory, Environment.CurrentDirectory };
            var directory = starts.OfType<string>().Select(FindSolutionAbove).FirstOrDefault(found => found is not null)
                ?? throw new InvalidOperationException(
                    $"Worcs.LocalOffer.sln not found above {string.Join(" or ", starts)}; cannot locate the repository.");
            return directory.FullName;
        }
    }

    public static string Root
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "usync-corpus"));
            return Directory.Exists(corpus)
                ? corpus
                : throw new DirectoryNotFoundException(
                    $"The uSync corpus is missing: expected {corpus} (../shared/usync-corpus next to the repository).");
        }
    }

    private static string? RecordedProjectDirectory() =>
        typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "ProjectDirectory")?.Value;

    private static DirectoryInfo? FindSolutionAbove(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Worcs.LocalOffer.sln")))
        {
            directory = directory.Parent;
        }

        return directory;
    }

    /// <summary>Every <c>.config</c> file, relative to <see cref="Root"/>, with <c>/</c> separators.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Root, "*.config", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<TestCaseData> FileCases() =>
        Files().Select(file => new TestCaseData(file).SetArgDisplayNames(file));

    /// <summary>The source sites, each laid out as a uSync <c>vNN</c> root.</summary>
    public static IEnumerable<TestCaseData> SiteCases() =>
        Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal)
            .Select(site => new TestCaseData(Path.GetFileName(site)).SetArgDisplayNames(Path.GetFileName(site)));

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));
}
