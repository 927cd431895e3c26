using Worcs.LocalOffer.Backoffice.ClientHosting;

namespace Worcs.LocalOffer.Backoffice.Tests.ClientHosting;

[TestFixture]
public sealed class BackofficePackagesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("localoffer-packages-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void A_missing_packages_folder_means_no_packages()
    {
        var packages = BackofficePackages.Scan(Path.Combine(_folder, "App_Plugins"));

        Assert.That(packages.Names, Is.Empty);
        Assert.That(packages.Importmap, Is.Empty);
    }

    [Test]
    public void Folders_without_a_manifest_are_skipped_and_the_others_give_their_imports()
    {
        Write("Empty", null);
        Write("Maps", """{"name":"Maps","importmap":{"imports":{"@worcs/maps":"/App_Plugins/Maps/maps.js"}}}""");
        Write("NoImports", """{"name":"No imports","extensions":[]}""");

        var packages = BackofficePackages.Scan(_folder);

        Assert.That(packages.Names, Is.EqualTo(new[] { "Maps", "NoImports" }));
        Assert.That(packages.Importmap, Is.EqualTo(new Dictionary<string, string> { ["@worcs/maps"] = "/App_Plugins/Maps/maps.js" }));
    }

    [Test]
    public void A_broken_manifest_stops_start_up_naming_the_file()
    {
        var path = Write("Broken", """{"importmap":{"imports":{"@worcs/x":""");

        var error = Assert.Throws<InvalidOperationException>(() => BackofficePackages.Scan(_folder));

        Assert.That(error!.Message, Does.StartWith(path + ": not valid JSON"));
    }

    [Test]
    public void Two_packages_mapping_one_specifier_to_different_files_is_an_error()
    {
        Write("A", """{"importmap":{"imports":{"@worcs/x":"/App_Plugins/A/x.js"}}}""");
        var second = Write("B", """{"importmap":{"imports":{"@worcs/x":"/App_Plugins/B/x.js"}}}""");

        var error = Assert.Throws<InvalidOperationException>(() => BackofficePackages.Scan(_folder));

        Assert.That(error!.Message, Is.EqualTo($"{second}: importmap.imports[\"@worcs/x\"] is already mapped to /App_Plugins/A/x.js by another package."));
    }

    [Test]
    public void A_missing_client_build_names_the_file_and_how_to_build_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BackofficeClientBuild.Load(_folder));

        Assert.That(error!.Message, Does.Contain(Path.Combine(_folder, BackofficeClientBuild.ManifestFileName) + " is missing"));
        Assert.That(error.Message, Does.Contain("LocalOffer:Backoffice:ClientFolder"));
    }

    private string Write(string package, string? manifest)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, package)).FullName;
        var path = Path.Combine(folder, BackofficePackages.ManifestFileName);
        if (manifest is not null)
        {
            File.WriteAllText(path, manifest);
        }
        return path;
    }
}
