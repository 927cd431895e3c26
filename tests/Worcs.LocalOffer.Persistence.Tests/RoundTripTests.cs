using System.Text.Json;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class RoundTripTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    [Test]
    public async Task Data_type_round_trips_every_member()
    {
        var dataType = TestData.DataType();

        await CommitAsync(unitOfWork => unitOfWork.DataTypes.Add(dataType));
        var read = await ReadAsync(unitOfWork => unitOfWork.DataTypes.GetAsync(dataType.Key, None));

        Assert.That(read, Is.Not.Null.And.Not.SameAs(dataType));
        Assert.That(Json(read), Is.EqualTo(Json(dataType)));
    }

    [Test]
    public async Task Content_type_round_trips_its_lists_as_json_columns()
    {
        var contentType = TestData.ContentType("blogPost");
        contentType.Icon = "icon-book";
        contentType.Description = "A post";
        contentType.AllowedAtRoot = true;
        contentType.AllowedChildTypeKeys = [Guid.NewGuid(), Guid.NewGuid()];
        contentType.CompositionKeys = [Guid.NewGuid()];
        contentType.Groups = [new PropertyGroup { Key = Guid.NewGuid(), Alias = "content", Name = "Content", Type = "Tab", SortOrder = 1 }];
        contentType.Properties =
        [
            new PropertyType
            {
                Key = Guid.NewGuid(), Alias = "title", Name = "Title", Description = "Shown in <h1>", DataTypeKey = Guid.NewGuid(),
                GroupAlias = "content", Mandatory = true, MandatoryMessage = "Required", ValidationRegex = "^[a-z]+$",
                ValidationRegexMessage = "Lower case", SortOrder = 2,
            },
        ];

        await CommitAsync(unitOfWork => unitOfWork.ContentTypes.Add(contentType));
        var read = await ReadAsync(unitOfWork => unitOfWork.ContentTypes.GetAsync(contentType.Key, None));
        var groupsColumn = await QueryAsync<string>($"SELECT \"Groups\" AS \"Value\" FROM \"ContentTypes\"");

        Assert.That(Json(read), Is.EqualTo(Json(contentType)));
        Assert.That(JsonDocument.Parse(groupsColumn.Single()).RootElement[0].GetProperty("Alias").GetString(), Is.EqualTo("content"));
    }

    [Test]
    public async Task Node_round_trips_every_member()
    {
        var contentType = TestData.ContentType();
        var parent = TestData.Node(contentType, name: "Parent");
        var node = TestData.Node(contentType, parent, "Child", sortOrder: 3);
        node.Trashed = true;
        node.TrashedFromParentKey = Guid.NewGuid();
        node.PublishedVersionId = Guid.NewGuid();
        node.PublishDate = TestData.Now.AddDays(-1);
        node.ScheduledPublishDate = TestData.Now.AddDays(1);
        node.ScheduledUnpublishDate = TestData.Now.AddDays(2);
        node.Revision = 7;

        await CommitAsync(unitOfWork =>
        {
            unitOfWork.ContentTypes.Add(contentType);
            unitOfWork.Nodes.Add(parent);
            unitOfWork.Nodes.Add(node);
        });
        var read = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(node.Key, None));

        Assert.That(Json(read), Is.EqualTo(Json(node)));
    }

    [Test]
    public async Task Node_version_round_trips_values_keeping_aliases_case_insensitive()
    {
        var (_, node) = await SeedNodeAsync();
        var version = TestData.Version(node, TestData.Now.AddMinutes(1));
        version.Id = Guid.NewGuid();
        version.WasPublished = true;
        version.Values = new(StringComparer.OrdinalIgnoreCase)
        {
            ["bodyText"] = "<p>Café &amp; \"quotes\" – ünïcödé</p>",
            ["empty"] = null,
            ["blocks"] = """{"layout":{"Umbraco.BlockList":[]},"contentData":[]}""",
        };

        await CommitAsync(unitOfWork => unitOfWork.Versions.Add(version));
        var read = await ReadAsync(unitOfWork => unitOfWork.Versions.GetAsync(version.Id, None));

        Assert.That(read, Is.Not.Null);
        Assert.That(Json(read), Is.EqualTo(Json(version)));
        Assert.That(read!.GetValue("BODYTEXT"), Is.EqualTo(version.Values["bodyText"]));
        Assert.That(read.Values.ContainsKey("empty"), Is.True);
    }

    [Test]
    public async Task Dates_come_back_as_utc_to_the_microsecond()
    {
        var dataType = TestData.DataType();
        dataType.CreateDate = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567);

        await CommitAsync(unitOfWork => unitOfWork.DataTypes.Add(dataType));
        var read = await ReadAsync(unitOfWork => unitOfWork.DataTypes.GetAsync(dataType.Key, None));

        Assert.That(read!.CreateDate.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(read.CreateDate.Ticks, Is.EqualTo(dataType.CreateDate.Ticks - 7));
    }

    [Test]
    public async Task Local_dates_are_stored_as_utc_and_unspecified_ones_are_taken_as_utc()
    {
        var dataType = TestData.DataType();
        var utc = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        dataType.CreateDate = utc.ToLocalTime();
        dataType.UpdateDate = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

        await CommitAsync(unitOfWork => unitOfWork.DataTypes.Add(dataType));
        var read = await ReadAsync(unitOfWork => unitOfWork.DataTypes.GetAsync(dataType.Key, None));

        Assert.That(read!.CreateDate, Is.EqualTo(utc));
        Assert.That(read.CreateDate.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(read.UpdateDate, Is.EqualTo(utc));
        Assert.That(read.UpdateDate.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public async Task Enums_are_stored_as_their_names()
    {
        var media = TestData.ContentType("image", ContentTypeKind.Media);
        var node = TestData.Node(media);

        await CommitAsync(unitOfWork =>
        {
            unitOfWork.ContentTypes.Add(media);
            unitOfWork.Nodes.Add(node);
        });

        Assert.That((await QueryAsync<string>($"SELECT \"Kind\" AS \"Value\" FROM \"ContentTypes\"")).Single(), Is.EqualTo("Media"));
        Assert.That((await QueryAsync<string>($"SELECT \"Kind\" AS \"Value\" FROM \"Nodes\"")).Single(), Is.EqualTo(nameof(NodeKind.Media)));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
