using Worcs.LocalOffer.Sync.Configuration;

namespace Worcs.LocalOffer.Sync.Tests.Configuration;

public sealed class SyncSettingsTests
{
    [Test]
    public void Without_folders_the_root_folder_is_the_only_root()
    {
        var settings = new SyncSettings { RootFolder = "uSync/v17/" };

        Assert.That(settings.ConfiguredFolders, Is.EqualTo(new[] { "uSync/v17/" }));
        Assert.That(settings.Problems(), Is.Empty);
    }

    [Test]
    public void Folders_replace_the_root_folder_in_their_order_and_missing_ones_are_skipped()
    {
        var content = Path.Combine(Path.GetTempPath(), "usync-settings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(content, "uSync", "Root"));
        Directory.CreateDirectory(Path.Combine(content, "uSync", "v17"));
        try
        {
            var settings = new SyncSettings { RootFolder = "ignored/", Folders = ["uSync/Root/", "uSync/Missing/", "uSync/v17/"] };

            Assert.That(settings.ResolveFolders(content), Is.EqualTo(new[] { Path.Combine(content, "uSync", "Root"), Path.Combine(content, "uSync", "v17") }).Using<string>((a, b) => string.Compare(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal)));
            Assert.That(settings.ResolveRootFolder(content)!.TrimEnd('/'), Is.EqualTo(Path.Combine(content, "uSync", "v17")));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Test]
    public void Empty_and_repeated_folders_and_an_unknown_import_mode_are_each_named()
    {
        var settings = new SyncSettings { Folders = ["uSync/Root/", " ", "/uSync/Root"], ImportAtStartup = "Everything" };

        Assert.That(settings.Problems(), Is.EqualTo(new[]
        {
            "'uSync:Settings:ImportAtStartup' must be one of: None, Settings, All.",
            "'uSync:Settings:Folders:1' is empty; give a uSync root or remove the entry.",
            "'uSync:Settings:Folders' names 'uSync/Root/' more than once.",
        }));
        Assert.That(new SyncSettingsValidator().Validate(null, settings).Failed, Is.True);
    }
}
