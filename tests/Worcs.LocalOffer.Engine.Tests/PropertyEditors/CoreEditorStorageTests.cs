using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

/// <summary>The Umbraco 17 core editors through the engine and a real database: values come back byte for byte.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CoreEditorStorageTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [SetUp]
    public async Task AddSampleProperties()
    {
        foreach (var dataType in CoreEditorSamples.DataTypes)
        {
            var saved = await DataTypes.SaveAsync(dataType);
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
        }

        var article = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        foreach (var sample in CoreEditorSamples.All)
        {
            article.Properties.Add(new PropertyType { Alias = sample.Alias, Name = sample.Alias, DataTypeKey = sample.DataType.Key });
        }

        Assert.That((await ContentTypes.SaveAsync(article)).Succeeded, Is.True);
    }

    [Test]
    public async Task Every_sample_value_is_published_and_read_back_unchanged()
    {
        var values = new Dictionary<string, string?>(CoreEditorSamples.Values) { ["title"] = "Core editors" };

        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Core editors", NewsIndex.Key, values), publish: true);
        Assert.That(created.Succeeded, Is.True, created.ToString());
        var stored = (await Documents.GetAsync(created.Value!.Key))!.Draft;

        using (Assert.EnterMultipleScope())
        {
            foreach (var sample in CoreEditorSamples.All)
            {
                Assert.That(stored.GetValue(sample.Alias), Is.EqualTo(sample.Value), sample.Alias);
            }
        }
    }

    [TestCase("drink", """["Juice"]""", "properties.drink[0]", "'Juice' is not one of the items of this data type: 'Coffee', 'Tea', 'Cold drinks'.")]
    [TestCase("drink", """["Tea","Coffee"]""", "properties.drink", "2 items are chosen, but this data type allows one; set 'multiple' to allow more.")]
    [TestCase("ageGroup", "16 to 25", "properties.ageGroup", "'16 to 25' is not one of the items of this data type: '0 to 5', '5 to 11', '11 to 16'.")]
    [TestCase("contactEmail", "sendiass at worcestershire", "properties.contactEmail", "'sendiass at worcestershire' is not a valid email address: expected one address like sendiass@worcestershire.gov.uk.")]
    [TestCase("rating", "11", "properties.rating", "'11' is above the maximum of 10.")]
    [TestCase("phoneNumbers", "1\n2\n3\n4", "properties.phoneNumbers", "4 text strings are given; at most 3 are allowed.")]
    [TestCase("collection", "x", "properties.collection", "'x' cannot be stored: Umbraco.ListView is a collection view that holds no value of its own.")]
    public async Task A_bad_value_is_refused_by_the_service_naming_the_property_and_nothing_is_saved(string alias, string value, string path, string message)
    {
        var values = new Dictionary<string, string?>(CoreEditorSamples.Values) { ["title"] = "Bad", [alias] = value };

        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Bad value", NewsIndex.Key, values));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Succeeded, Is.False);
            Assert.That(created.Errors.Select(error => (error.Path, error.Message)), Is.EqualTo(new[] { (path, message) }));
            Assert.That((await Documents.GetChildrenAsync(NewsIndex.Key)).Select(child => child.Name), Does.Not.Contain("Bad value"));
        }
    }
}
