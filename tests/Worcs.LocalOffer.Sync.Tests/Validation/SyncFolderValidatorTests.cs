using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Sync.Tests.Validation;

public sealed class SyncFolderValidatorTests
{
    private const string TextstringKey = "0cc0eba1-9960-42c9-bf9b-60e150b429ae";
    private const string Zero = "00000000-0000-0000-0000-000000000000";
    private TempSyncFolder _folder = null!;

    [SetUp]
    public void CreateValidFolder()
    {
        _folder = new TempSyncFolder()
            .Add("usync.config", "<uSync version=\"17.3.8.0\" format=\"10.7.0\" />")
            .Add("DataTypes/Textstring.config", SampleXml.DataType(TextstringKey, "Textstring"))
            .Add("ContentTypes/newsarticle.config", SampleXml.WithProperty($"<Definition>{TextstringKey}</Definition>"))
            .Add("Content/news.config", SampleXml.Content("6a0e4b52-0000-4000-8000-000000000001", "News", "newsArticle", Zero));
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Consistent_folder_has_no_problems()
    {
        var result = Validate();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.IsValid, Is.True);
        }
    }

    [Test]
    public void Malformed_xml_is_reported_with_file_and_line()
    {
        _folder.Add("DataTypes/Broken.config", "<DataType>\n  <Info>\n</DataType>");

        Assert.That(Messages(), Has.One.StartsWith("uSync/v17/DataTypes/Broken.config:4: malformed XML: "));
    }

    [Test]
    public void Duplicate_key_in_one_item_type_is_reported_on_the_second_file()
    {
        _folder.Add("DataTypes/Zother.config", SampleXml.DataType(TextstringKey, "Zother"));

        Assert.That(Messages(), Is.EqualTo(new[]
        {
            $"uSync/v17/DataTypes/Zother.config:2: duplicate Key {TextstringKey} for <DataType> (also in uSync/v17/DataTypes/Textstring.config)",
        }));
    }

    [Test]
    public void Two_content_types_with_one_alias_clash()
    {
        _folder.Add(
            "ContentTypes/newsarticle2.config",
            SampleXml.WithProperty($"<Definition>{TextstringKey}</Definition>").Replace("3f1c6a52", "4f1c6a52", StringComparison.Ordinal));

        Assert.That(Messages(), Is.EqualTo(new[]
        {
            "uSync/v17/ContentTypes/newsarticle2.config:2: content type alias 'newsArticle' is used by more than one type (also in uSync/v17/ContentTypes/newsarticle.config)",
        }));
    }

    [Test]
    public void Two_data_types_with_one_name_clash()
    {
        _folder.Add("DataTypes/Textstring2.config", SampleXml.DataType("1cc0eba1-9960-42c9-bf9b-60e150b429ae", "Textstring"));

        Assert.That(Messages(), Is.EqualTo(new[]
        {
            "uSync/v17/DataTypes/Textstring2.config:2: data type name 'Textstring' is used by more than one data type (also in uSync/v17/DataTypes/Textstring.config)",
        }));
    }

    [Test]
    public void Unknown_property_editor_is_reported_on_its_EditorAlias_line()
    {
        _folder.Add("DataTypes/Map.config", SampleXml.DataType("2cc0eba1-9960-42c9-bf9b-60e150b429ae", "Map", "Bergmania.OpenStreetMap"));

        Assert.That(Messages(), Is.EqualTo(new[] { "uSync/v17/DataTypes/Map.config:5: property editor 'Bergmania.OpenStreetMap' is not installed" }));
    }

    [Test]
    public void Editors_the_caller_says_are_installed_are_accepted()
    {
        _folder.Add("DataTypes/Map.config", SampleXml.DataType("2cc0eba1-9960-42c9-bf9b-60e150b429ae", "Map", "Bergmania.OpenStreetMap"));
        var options = new SyncValidationOptions
        {
            InstalledEditorAliases = new HashSet<string>(InstalledEditors.Engine) { "Bergmania.OpenStreetMap" },
        };

        Assert.That(Validate(options).Problems, Is.Empty);
    }

    [Test]
    public void Property_with_a_data_type_not_in_the_folder_is_reported_on_its_Definition_line()
    {
        _folder.Add("ContentTypes/newsarticle.config", SampleXml.WithProperty($"<Definition>{Zero.Replace('0', '9')}</Definition>"));

        Assert.That(Messages(), Is.EqualTo(new[]
        {
            "uSync/v17/ContentTypes/newsarticle.config:15: property 'title' uses data type 99999999-9999-9999-9999-999999999999, which is not in DataTypes",
        }));
    }

    [Test]
    public void Data_types_the_caller_knows_resolve_definitions()
    {
        var missing = Guid.Parse("99999999-9999-9999-9999-999999999999");
        _folder.Add("ContentTypes/newsarticle.config", SampleXml.WithProperty($"<Definition>{missing}</Definition>"));

        Assert.That(Validate(new SyncValidationOptions { KnownDataTypeKeys = new HashSet<Guid> { missing } }).Problems, Is.Empty);
    }

    [Test]
    public void Unresolved_composition_and_allowed_child_are_reported_on_their_lines()
    {
        var xml = SampleXml.WithProperty($"<Definition>{TextstringKey}</Definition>")
            .Replace("<Compositions />", "<Compositions>\n      <Composition Key=\"11111111-0000-4000-8000-000000000000\">seo</Composition>\n    </Compositions>", StringComparison.Ordinal)
            .Replace("<Structure />", "<Structure>\n    <ContentType Key=\"22222222-0000-4000-8000-000000000000\" SortOrder=\"0\">newsItem</ContentType>\n  </Structure>", StringComparison.Ordinal);
        _folder.Add("ContentTypes/newsarticle.config", xml);

        Assert.That(Messages(), Is.EqualTo(new[]
        {
            "uSync/v17/ContentTypes/newsarticle.config:8: composition 'seo' (11111111-0000-4000-8000-000000000000) is not in the folder",
            "uSync/v17/ContentTypes/newsarticle.config:12: allowed child type 'newsItem' (22222222-0000-4000-8000-000000000000) is not in the folder",
        }));
    }

    [Test]
    public void Content_of_an_unknown_type_is_reported_on_its_ContentType_line()
    {
        _folder.Add("Content/news.config", SampleXml.Content("6a0e4b52-0000-4000-8000-000000000001", "News", "eventPage", Zero));

        Assert.That(Messages(), Is.EqualTo(new[] { "uSync/v17/Content/news.config:7: type 'eventPage' is not in ContentTypes" }));
    }

    [Test]
    public void Content_whose_parent_is_not_in_the_folder_is_reported_on_its_Parent_line()
    {
        _folder.Add("Content/item.config", SampleXml.Content("6a0e4b52-0000-4000-8000-000000000002", "Item", "newsArticle", "6a0e4b52-0000-4000-8000-0000000000ff"));
        _folder.Add("Content/child.config", SampleXml.Content("6a0e4b52-0000-4000-8000-000000000003", "Child", "newsArticle", "6a0e4b52-0000-4000-8000-000000000001"));

        Assert.That(Messages(), Is.EqualTo(new[]
        {
            "uSync/v17/Content/child.config:4: parent: Items of type 'newsArticle' are not allowed under 'News' (type 'newsArticle').",
            "uSync/v17/Content/item.config:4: parent 6a0e4b52-0000-4000-8000-0000000000ff is not in the folder",
        }));
    }

    [Test]
    public void Item_in_the_wrong_handler_folder_is_reported_on_its_root_line()
    {
        _folder.Add("ContentTypes/Textbox.config", SampleXml.DataType("3cc0eba1-9960-42c9-bf9b-60e150b429ae", "Textbox"));

        Assert.That(Messages(), Is.EqualTo(new[] { "uSync/v17/ContentTypes/Textbox.config:2: <DataType> does not belong in ContentTypes; expected <ContentType>" }));
    }

    [Test]
    public void Delete_markers_do_not_count_as_duplicates()
    {
        _folder.Add("DataTypes/Old.config", $"<Empty Key=\"{TextstringKey}\" Alias=\"Old\" Change=\"Delete\" />");

        Assert.That(Validate().Problems, Is.Empty);
    }

    [Test]
    public void Corpus_site_with_its_editors_installed_has_no_reference_errors()
    {
        var folder = new SyncFolderReader().Read(Path.Combine(Corpus.Root, "nul800sebastiaan__Cultiv.Site"));
        var editors = folder.Files.Select(file => file.Item).OfType<Models.SyncDataType>().Select(d => d.EditorAlias).ToHashSet();

        // Values are left unchecked: the engine has only some of this site's editors.
        var result = new SyncFolderValidator(new SyncValidationOptions { InstalledEditorAliases = editors, CheckValues = false }).Validate(folder);

        Assert.That(result.Problems.Select(problem => problem.ToString()), Is.Empty);
    }

    private SyncValidationResult Validate(SyncValidationOptions? options = null) =>
        new SyncFolderValidator(options).Validate(new SyncFolderReader().Read(_folder.Root, "uSync/v17"));

    private string[] Messages() => [.. Validate().Problems.Select(problem => problem.ToString())];
}
