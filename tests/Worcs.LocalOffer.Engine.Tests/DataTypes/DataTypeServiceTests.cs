using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.DataTypes;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class DataTypeServiceTests(DatabaseEngine engine) : EngineTestBase(engine)
{
    [Test]
    public async Task Unknown_editor_duplicate_name_and_bad_configuration_are_refused()
    {
        var result = await DataTypes.SaveAsync(new DataType { Name = TestDataTypes.TextBox.Name, EditorAlias = "Umbraco.Nonexistent", ConfigurationJson = "[1,2]" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(result.Errors.Select(error => error.Path), Is.EquivalentTo(new[] { "name", "editorAlias", "configuration" }));
            Assert.That(result.Errors.Single(error => error.Path == "editorAlias").Message, Does.Contain("Umbraco.Nonexistent"));
        }
    }

    [Test]
    public async Task Data_type_in_use_cannot_be_deleted_or_change_editor()
    {
        var textBox = (await DataTypes.GetAsync(TestDataTypes.TextBox.Key))!;

        var deleted = await DataTypes.DeleteAsync(textBox.Key);
        textBox.EditorAlias = "Umbraco.Integer";
        var changed = await DataTypes.SaveAsync(textBox);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted.Status, Is.EqualTo(OperationStatus.NotAllowed));
            Assert.That(deleted.Errors.Single().Message, Does.Contain("newsArticle.title"));
            Assert.That(changed.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That((await DataTypes.GetAsync(textBox.Key))!.EditorAlias, Is.EqualTo("Umbraco.TextBox"));
        }
    }

    [Test]
    public async Task Configuration_change_is_saved_and_stale_revisions_conflict()
    {
        var loaded = (await DataTypes.GetAsync(TestDataTypes.TextBox.Key))!;
        var revision = loaded.Revision;
        loaded.ConfigurationJson = "{\"maxChars\":100}";

        var first = await DataTypes.SaveAsync(loaded, revision);
        var second = await DataTypes.SaveAsync(loaded, revision);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Succeeded, Is.True);
            Assert.That(second.Status, Is.EqualTo(OperationStatus.Conflict));
            Assert.That((await DataTypes.GetAsync(TestDataTypes.TextBox.Key))!.ConfigurationJson, Is.EqualTo("{\"maxChars\":100}"));
        }
    }
}
