using System.Reflection;

namespace Worcs.LocalOffer.Testing;

internal static class RepositoryRoot
{
    /// <summary>The repository folder recorded at build time, or found above the working directory.</summary>
    public static string? Find()
    {
        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "build", "postgres.sh")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "build", "postgres.sh")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
