using System.Xml.Linq;

namespace Worcs.LocalOffer.Host.Tests.Architecture;

/// <summary>What a csproj declares: its SDK, and the projects, packages and frameworks it references.</summary>
internal sealed record ProjectFile(
    string Name,
    bool IsUnderSrc,
    string Sdk,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences)
{
    public static IReadOnlyList<ProjectFile> All { get; } = Directory
        .EnumerateFiles(RepositoryRoot.Path, "*.csproj", SearchOption.AllDirectories)
        .Where(path => !path.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "artifacts" or "bin" or "obj"))
        .Select(Load)
        .OrderBy(project => project.Name, StringComparer.Ordinal)
        .ToList();

    public static ProjectFile Named(string name) =>
        All.SingleOrDefault(project => project.Name == name)
        ?? throw new InvalidOperationException($"{name}.csproj was not found under {RepositoryRoot.Path}.");

    private static ProjectFile Load(string path)
    {
        var root = XDocument.Load(path).Root!;
        return new ProjectFile(
            System.IO.Path.GetFileNameWithoutExtension(path),
            System.IO.Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/').StartsWith("src/", StringComparison.Ordinal),
            (string?)root.Attribute("Sdk") ?? string.Empty,
            Includes(root, "ProjectReference").Select(System.IO.Path.GetFileNameWithoutExtension).ToList()!,
            Includes(root, "PackageReference").ToList(),
            Includes(root, "FrameworkReference").ToList());
    }

    private static IEnumerable<string> Includes(XElement root, string item) =>
        root.Descendants(item).Select(element => (string?)element.Attribute("Include") ?? string.Empty)
            .Select(include => include.Replace('\\', '/'));
}
