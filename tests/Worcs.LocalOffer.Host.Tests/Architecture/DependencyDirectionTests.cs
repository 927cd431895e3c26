using Worcs.LocalOffer.Persistence;
using EngineServices = Worcs.LocalOffer.Engine.ServiceCollectionExtensions;

namespace Worcs.LocalOffer.Host.Tests.Architecture;

/// <summary>Dependencies point inward: Engine knows nothing outside itself, and nothing in src depends on Host or Cli (tests and benchmarks may start them).</summary>
[TestFixture]
public sealed class DependencyDirectionTests
{
    private const string Prefix = "Worcs.LocalOffer.";
    private const string Engine = Prefix + "Engine";
    private const string Persistence = Prefix + "Persistence";
    private const string Host = Prefix + "Host";
    private const string Sync = Prefix + "Sync";
    private const string Cli = Prefix + "Cli";

    private static readonly string[] _webAndDataPrefixes = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite"];

    [Test]
    public void Engine_project_references_no_other_Worcs_project()
    {
        Assert.That(WorcsReferences(ProjectFile.Named(Engine)), Is.Empty);
    }

    [Test]
    public void Engine_project_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var engine = ProjectFile.Named(Engine);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(engine.Sdk, Is.EqualTo("Microsoft.NET.Sdk"));
            Assert.That(engine.PackageReferences.Where(IsWebOrData), Is.Empty);
            Assert.That(engine.FrameworkReferences, Is.Empty);
        }
    }

    [Test]
    public void Engine_assembly_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var referenced = typeof(EngineServices).Assembly.GetReferencedAssemblies().Select(name => name.Name!);

        Assert.That(referenced.Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) || IsWebOrData(name)), Is.Empty);
    }

    [Test]
    public void Persistence_references_only_Engine_among_Worcs_projects()
    {
        var assemblyReferences = typeof(DatabaseSettings).Assembly.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(WorcsReferences(ProjectFile.Named(Persistence)), Is.EqualTo(new[] { Engine }));
            Assert.That(assemblyReferences, Is.SubsetOf(new[] { Engine }));
        }
    }

    [TestCase(Host)]
    [TestCase(Cli)]
    public void No_project_under_src_references_an_app(string app)
    {
        var referencing = ProjectFile.All
            .Where(project => project.IsUnderSrc && project.ProjectReferences.Contains(app))
            .Select(project => project.Name);

        Assert.That(referencing, Is.Empty);
    }

    [Test]
    public void Cli_is_a_console_app_over_Engine_Persistence_and_Sync_only()
    {
        var cli = ProjectFile.Named(Cli);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(WorcsReferences(cli), Is.SubsetOf(new[] { Engine, Persistence, Sync }));
            Assert.That(cli.Sdk, Is.EqualTo("Microsoft.NET.Sdk"));
            Assert.That(cli.FrameworkReferences, Is.Empty);
        }
    }

    [TestCase(Prefix + "Media")]
    [TestCase(Sync)]
    public void Media_and_Sync_reference_only_Engine(string project)
    {
        // Sync fills image dimensions through the engine's IMediaFileInspector, never through the media project.
        Assert.That(WorcsReferences(ProjectFile.Named(project)), Is.EqualTo(new[] { Engine }));
    }

    [Test]
    public void The_projects_these_rules_name_exist()
    {
        // Guards against the rules above passing vacuously after a rename.
        Assert.That(ProjectFile.All.Select(project => project.Name), Is.SupersetOf(new[] { Engine, Persistence, Host, Sync, Cli }));
    }

    private static IEnumerable<string> WorcsReferences(ProjectFile project) =>
        project.ProjectReferences.Where(name => name.StartsWith(Prefix, StringComparison.Ordinal));

    private static bool IsWebOrData(string name) =>
        _webAndDataPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
