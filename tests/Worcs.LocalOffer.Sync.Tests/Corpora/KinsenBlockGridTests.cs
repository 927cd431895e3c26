using System.Text.Json.Nodes;
using System.Xml.Linq;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Sync.Tests.Corpora;

/// <summary>A real Umbraco 17 block grid data type from the corpus (KinsenHub/KinsenSite), read where it lies.</summary>
public sealed class KinsenBlockGridTests
{
    private const string File = "KinsenHub__KinsenSite/DataTypes/HomeContentBlockGrid.config";
    private const string TwoColumns = "11b28d22-9f80-4546-8657-4530e99950c4";
    private const string TextBlock = "acb45439-f439-4f58-a54e-c3767bc33a9c";
    private const string LeftArea = "9c173a2d-8010-4de4-ae63-a79cecf8dec0";

    private readonly BlockGridPropertyEditor _editor = new();

    private static DataType ReadDataType()
    {
        using var stream = new MemoryStream(Corpus.Bytes(File));
        var root = XDocument.Load(stream).Root!;
        return new DataType
        {
            Key = Guid.Parse(root.Attribute("Key")!.Value),
            Name = root.Element("Info")!.Element("Name")!.Value,
            EditorAlias = root.Element("Info")!.Element("EditorAlias")!.Value,
            ConfigurationJson = root.Element("Config")!.Value,
        };
    }

    private List<ValidationError> Check(DataType dataType, string outerType, string innerType)
    {
        var context = new PropertyEditorContext("properties.content", dataType, JsonNode.Parse(dataType.ConfigurationJson)!.AsObject(), ValidationMode.Publish, new AcceptingElements());
        var value = $$"""
            {"layout":{"Umbraco.BlockGrid":[{"contentKey":"b0000000-0000-4000-8000-000000000001","settingsKey":null,"columnSpan":12,"rowSpan":1,
               "areas":[{"key":"{{LeftArea}}","items":[{"contentKey":"b0000000-0000-4000-8000-000000000002","settingsKey":null,"columnSpan":6,"rowSpan":1,"areas":[]}]}]}]},
             "contentData":[{"contentTypeKey":"{{outerType}}","key":"b0000000-0000-4000-8000-000000000001","values":[]},
                            {"contentTypeKey":"{{innerType}}","key":"b0000000-0000-4000-8000-000000000002","values":[]}],
             "settingsData":[],"expose":[]}
            """;
        return [.. _editor.Validate(value, context)];
    }

    [Test]
    public void The_corpus_grid_data_type_is_a_block_grid_of_twelve_columns()
    {
        var dataType = ReadDataType();
        var configuration = BlockGridConfiguration.Parse(dataType.ConfigurationJson);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dataType.EditorAlias, Is.EqualTo(PropertyEditorAliases.BlockGrid));
            Assert.That(configuration.GridColumns, Is.EqualTo(12));
            Assert.That(configuration.Blocks[Guid.Parse(TwoColumns)].Areas.Values.Select(area => area.Alias), Is.EqualTo(new[] { "left", "right" }));
            Assert.That(configuration.Blocks[Guid.Parse(TwoColumns)].AllowInAreas, Is.False);
        }
    }

    [Test]
    public void A_text_block_in_the_two_column_blocks_left_area_passes_and_a_two_column_block_there_is_refused()
    {
        var dataType = ReadDataType();

        var good = Check(dataType, TwoColumns, TextBlock);
        var nested = Check(dataType, TwoColumns, TwoColumns);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(good, Is.Empty);
            Assert.That(nested.Select(error => error.Path), Is.EqualTo(new[] { "properties.content.items[0].areas[0].items[0]" }));
            Assert.That(nested[0].Message, Does.Contain("is not allowed inside areas"));
        }
    }

    /// <summary>Nested values are not the subject here: every element passes.</summary>
    private sealed class AcceptingElements : IElementValidator
    {
        public IEnumerable<ValidationError> ValidateElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode) => [];

        public IReadOnlyDictionary<string, string?> PrepareElement(Guid elementTypeKey, IReadOnlyDictionary<string, string?> values, string path, ValidationMode mode) => values;
    }
}
