using System.Reflection;

namespace Worcs.LocalOffer.Cli.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The repository root, recorded at build time by the test project.</summary>
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot")
        .Value!;
}
