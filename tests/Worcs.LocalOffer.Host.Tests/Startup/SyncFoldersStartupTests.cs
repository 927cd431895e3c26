using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Host.Tests.Architecture;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Startup;

/// <summary><c>uSync:Settings:Folders</c>: the first-boot import merges the roots in order, later ones winning.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class SyncFoldersStartupTests
{
    private static readonly Guid Article = Guid.Parse("77b3f06d-9997-5eee-ab43-2b4da5822b93");

    [Test]
    public async Task The_first_boot_import_merges_the_configured_folders()
    {
        using var contentRoot = new TempContentRoot();
        var shared = Path.Combine(contentRoot.Path, "uSync", "Root");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "uSync", "v17"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(shared, Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "uSync", "v17"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The downloads sit beside the roots (uSync/Files), as in the repository; an import refuses media whose file is missing.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "uSync", "Files"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(contentRoot.Path, "uSync", "Files", Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "uSync", "Files"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var overlay = Path.Combine(contentRoot.Path, "uSync", "Site", "Content", "nhs-long-term-plan.config");
        Directory.CreateDirectory(Path.GetDirectoryName(overlay)!);
        var text = File.ReadAllText(Path.Combine(shared, "Content", "nhs-long-term-plan.config"));
        File.WriteAllText(overlay, text.Replace("Default=\"NHS Long Term Plan\"", "Default=\"NHS Long Term Plan (site)\"", StringComparison.Ordinal), new UTF8Encoding(true));
        await using var factory = new LocalOfferHostFactory(contentRoot.Path, new Dictionary<string, string?>
        {
            ["uSync:Settings:Folders:0"] = "uSync/Root/",
            ["uSync:Settings:Folders:1"] = "uSync/Missing/",
            ["uSync:Settings:Folders:2"] = "uSync/Site/",
        });
        using var client = factory.CreateClient();

        var status = await client.PollUntilAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(90));
        var article = await factory.Services.GetRequiredService<DocumentService>().GetAsync(Article);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(article?.Draft.Name, Is.EqualTo("NHS Long Term Plan (site)"));
    }

    [Test]
    public void An_empty_folders_entry_fails_start_up_naming_the_key()
    {
        using var contentRoot = new TempContentRoot();
        using var factory = new LocalOfferHostFactory(contentRoot.Path, new Dictionary<string, string?>
        {
            ["uSync:Settings:Folders:0"] = "uSync/v17/",
            ["uSync:Settings:Folders:1"] = "  ",
        });

        var exception = Assert.Catch(() => factory.StartServer());

        Assert.That(exception?.ToString(), Does.Contain("uSync:Settings:Folders:1"));
    }
}
