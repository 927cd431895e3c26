using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Worcs.LocalOffer.Host.Tests.Architecture;

/// <summary>
/// Dependencies point the way <see cref="DeclaredDependencies"/> says, for every project: in the csproj files and, for
/// src, in the compiled assemblies. Engine also stays free of EF Core and ASP.NET Core, and the Cli a console app.
/// </summary>
[TestFixture]
public sealed class DependencyDirectionTests
{
    private static readonly string[] _webAndDataPrefixes = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite"];

    private static IEnumerable<string> DeclaredProjects => DeclaredDependencies.Allowed.Keys.Order(StringComparer.Ordinal);

    private static IEnumerable<string> DeclaredSrcProjects => DeclaredProjects.Where(name => ProjectFile.All.Any(project => project.Name == name && project.IsUnderSrc));

    [Test]
    public void Every_project_is_declared()
    {
        var undeclared = ProjectFile.All.Select(project => project.Name).Where(name => !DeclaredDependencies.Allowed.ContainsKey(name)).ToList();

        Assert.That(
            undeclared,
            Is.Empty,
            $"Declare each of these projects, with the Worcs projects it may reference, in {nameof(DeclaredDependencies)}.{nameof(DeclaredDependencies.Allowed)}: {string.Join(", ", undeclared)}.");
    }

    [Test]
    public void Every_declared_project_exists_and_names_only_declared_projects()
    {
        var missing = DeclaredProjects.Where(name => ProjectFile.All.All(project => project.Name != name));
        var unknown = DeclaredDependencies.Allowed.SelectMany(row => row.Value.Where(name => !DeclaredDependencies.Allowed.ContainsKey(name)).Select(name => $"{row.Key} -> {name}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing, Is.Empty, "These declared projects have no csproj (renamed or removed?); remove or rename their rows.");
            Assert.That(unknown, Is.Empty, "These allowed references name projects that are not declared.");
        }
    }

    [TestCaseSource(nameof(DeclaredProjects))]
    public void Project_file_references_only_what_it_is_allowed(string name)
    {
        var project = ProjectFile.Named(name);
        var worcs = project.ProjectReferences.Where(IsOurs);

        Assert.That(worcs, Is.SubsetOf(DeclaredDependencies.Allowed[name]), $"{name}.csproj references a project its row in {nameof(DeclaredDependencies)} does not allow.");
    }

    [TestCaseSource(nameof(DeclaredSrcProjects))]
    public void Compiled_assembly_references_only_what_it_is_allowed(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        Assert.That(File.Exists(path), Is.True, $"{name}.dll is not beside the tests; reference {name} from Worcs.LocalOffer.Host.Tests so its compiled references are checked.");

        Assert.That(CompiledReferences(path).Where(IsOurs), Is.SubsetOf(DeclaredDependencies.Allowed[name]), $"{name}.dll uses a project its row in {nameof(DeclaredDependencies)} does not allow.");
    }

    [Test]
    public void Engine_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var engine = ProjectFile.Named(DeclaredDependencies.Engine);
        var compiled = CompiledReferences(Path.Combine(AppContext.BaseDirectory, DeclaredDependencies.Engine + ".dll"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(engine.Sdk, Is.EqualTo("Microsoft.NET.Sdk"));
            Assert.That(engine.PackageReferences.Where(IsWebOrData), Is.Empty);
            Assert.That(engine.FrameworkReferences, Is.Empty);
            Assert.That(compiled.Where(IsWebOrData), Is.Empty);
        }
    }

    [TestCase(DeclaredDependencies.Search)]
    [TestCase(DeclaredDependencies.Sync)]
    public void Module_without_HTTP_references_no_ASP_NET_Core(string name)
    {
        var project = ProjectFile.Named(name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(project.FrameworkReferences, Is.Empty);
            Assert.That(CompiledReferences(Path.Combine(AppContext.BaseDirectory, name + ".dll")).Where(IsWebOrData), Is.Empty);
        }
    }

    [Test]
    public void Cli_is_a_console_app()
    {
        var cli = ProjectFile.Named(DeclaredDependencies.Cli);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cli.Sdk, Is.EqualTo("Microsoft.NET.Sdk"));
            Assert.That(cli.FrameworkReferences, Is.Empty);
        }
    }

    private static List<string> CompiledReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
    }

    private static bool IsOurs(string name) => DeclaredDependencies.Allowed.ContainsKey(name) || name.StartsWith(DeclaredDependencies.Prefix, StringComparison.Ordinal);

    private static bool IsWebOrData(string name) =>
        _webAndDataPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
