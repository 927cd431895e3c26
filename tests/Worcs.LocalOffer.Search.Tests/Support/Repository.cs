using System.Reflection;

namespace Worcs.LocalOffer.Search.Tests.Support;

internal static class Repository
{
    /// <summary>The repository root recorded at build time (the folder holding Worcs.LocalOffer.sln).</summary>
    public static string Root
    {
        get
        {
            var recorded = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .First(attribute => attribute.Key == "RepositoryRoot").Value!;
            return File.Exists(Path.Combine(recorded, "Worcs.LocalOffer.sln"))
                ? recorded
                : throw new DirectoryNotFoundException($"Worcs.LocalOffer.sln not found in {recorded}.");
        }
    }

    public static string USync => Path.Combine(Root, "uSync");
}
