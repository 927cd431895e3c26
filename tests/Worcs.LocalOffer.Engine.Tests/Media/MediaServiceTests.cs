using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Media;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class MediaServiceTests(DatabaseEngine engine) : EngineTestBase(engine)
{
    [Test]
    public async Task Saved_media_is_live_at_once_with_a_media_udi()
    {
        var folder = (await Media.CreateAsync(new NodeCreateRequest("Folder", "Downloads", null))).Value!;

        var file = await Media.CreateAsync(new NodeCreateRequest("File", "Capital fund plan", folder.Key, Values(("caption", "Plan for 2026 to 2027"))));

        var snapshot = await Media.GetAsync(file.Value!.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(file.Succeeded, Is.True, file.ToString());
            Assert.That(snapshot!.Node.Udi.ToString(), Is.EqualTo($"umb://media/{file.Value.Key:N}"));
            Assert.That(snapshot.Published!.GetValue("caption"), Is.EqualTo("Plan for 2026 to 2027"));
            Assert.That(Notifications.OfType<MediaSavedNotification>().Select(notification => notification.Keys[0]), Is.EqualTo(new[] { folder.Key, file.Value.Key }));
        }
    }

    [Test]
    public async Task Media_save_enforces_mandatory_values_at_once()
    {
        var file = await Media.CreateAsync(new NodeCreateRequest("File", "No caption", null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(file.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(file.Errors.Single().Path, Is.EqualTo("properties.caption"));
            Assert.That(await Media.GetChildrenAsync(null), Is.Empty);
        }
    }

    [Test]
    public async Task Documents_and_media_live_in_separate_trees()
    {
        var folder = (await Media.CreateAsync(new NodeCreateRequest("Folder", "Downloads", null))).Value!;

        var documentUnderMedia = await Documents.CreateAsync(new NodeCreateRequest("home", "Home", folder.Key));
        var asDocument = await Documents.GetAsync(folder.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(documentUnderMedia.Errors.Single().Path, Is.EqualTo("parent"));
            Assert.That(asDocument, Is.Null);
        }
    }

    [Test]
    public async Task Media_moves_trashes_and_restores()
    {
        var archive = (await Media.CreateAsync(new NodeCreateRequest("Folder", "Archive", null))).Value!;
        var file = (await Media.CreateAsync(new NodeCreateRequest("File", "Old plan", null, Values(("caption", "Old"))))).Value!;

        var moved = await Media.MoveAsync(file.Key, archive.Key);
        var trashed = await Media.TrashAsync(archive.Key);
        var restored = await Media.RestoreAsync(archive.Key);

        var reloaded = (await Media.GetAsync(file.Key))!.Node;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved.Succeeded && trashed.Succeeded && restored.Succeeded, Is.True);
            Assert.That(reloaded.Path, Is.EqualTo($"-1,{archive.Key:N},{file.Key:N}"));
            Assert.That(reloaded.IsPublished, Is.True);
        }
    }
}
