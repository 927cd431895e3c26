using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Sync.Export;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Benchmarks;

/// <summary>
/// Builds a large uSync folder through the engine and the exporter, so its files are exactly what a site writes:
/// the repository's data types, <c>typeCount</c> generated document types, a section per type and
/// <c>documentsPerType</c> published documents in each section. <c>usync-generate</c> writes one for other benchmarks.
/// </summary>
internal static class SyncFolderGenerator
{
    private static readonly string[] Words =
        "support school plan family child young people education health care assessment review needs local offer service parents carers autism funding consultation provision therapy transport inclusion learning".Split(' ');

    /// <summary>With <paramref name="withSeedContent"/>, the repository's documents and media are imported (and so exported) too.</summary>
    public static async Task GenerateAsync(IServiceProvider services, string repositoryUSync, string target, int typeCount, int documentsPerType, bool withSeedContent = false)
    {
        var seed = await services.GetRequiredService<SyncImporter>().ImportAsync(repositoryUSync, new SyncImportOptions { SchemaOnly = !withSeedContent });
        if (!seed.Succeeded)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, seed.Problems));
        }

        var dataTypes = await services.GetRequiredService<DataTypeService>().GetAllAsync();
        Guid Editor(string alias) => dataTypes.First(dataType => dataType.EditorAlias == alias).Key;
        var types = services.GetRequiredService<ContentTypeService>();
        var generated = new List<ContentType>();
        for (var index = 0; index < typeCount; index++)
        {
            var type = NewType($"benchPage{index:D3}", $"Bench page {index:D3}", allowedAtRoot: false);
            AddProperty(type, "title", "Title", Editor(PropertyEditorAliases.TextBox), mandatory: true);
            AddProperty(type, "summary", "Summary", Editor(PropertyEditorAliases.TextArea));
            AddProperty(type, "body", "Body", Editor(PropertyEditorAliases.RichText));
            AddProperty(type, "publishDate", "Publish date", Editor(PropertyEditorAliases.DateOnly));
            AddProperty(type, "tags", "Tags", Editor(PropertyEditorAliases.Tags));
            AddProperty(type, "amount", "Amount", Editor(PropertyEditorAliases.Decimal));
            Check(await types.SaveAsync(type));
            generated.Add(type);
        }

        var section = NewType("benchSection", "Bench section", allowedAtRoot: true);
        section.AllowedChildTypeKeys = [.. generated.Select(type => type.Key)];
        Check(await types.SaveAsync(section));

        var documents = services.GetRequiredService<DocumentService>();
        var random = new Random(17);
        foreach (var type in generated)
        {
            var parent = await documents.CreateAsync(new NodeCreateRequest("benchSection", type.Name, null), publish: true);
            Check(parent);
            for (var item = 0; item < documentsPerType; item++)
            {
                var values = new Dictionary<string, string?>
                {
                    ["title"] = Sentence(random, 6),
                    ["summary"] = Sentence(random, 25),
                    ["body"] = $$"""{"markup":"<p>{{Sentence(random, 60)}}</p><p>{{Sentence(random, 40)}}</p>","blocks":null}""",
                    ["publishDate"] = $$"""{"date":"{{new DateTime(2018, 1, 1).AddDays(random.Next(2000)):yyyy-MM-dd}}T00:00:00+00:00","timeZone":null}""",
                    ["tags"] = $"[\"{Words[random.Next(Words.Length)]}\",\"{Words[random.Next(Words.Length)]}\"]",
                    ["amount"] = (random.Next(1, 2_000_000) / 100m).ToString(CultureInfo.InvariantCulture),
                };
                Check(await documents.CreateAsync(new NodeCreateRequest(type.Alias, $"{type.Name} item {item:D4}", parent.Value!.Key, values), publish: true));
            }
        }

        await services.GetRequiredService<SyncExporter>().ExportAsync(target);
    }

    private static ContentType NewType(string alias, string name, bool allowedAtRoot)
    {
        var type = new ContentType { Key = Guid.NewGuid(), Alias = alias, Name = name, AllowedAtRoot = allowedAtRoot };
        type.Groups.Add(new PropertyGroup { Key = Guid.NewGuid(), Alias = "content", Name = "Content" });
        return type;
    }

    private static void AddProperty(ContentType type, string alias, string name, Guid dataType, bool mandatory = false) =>
        type.Properties.Add(new PropertyType
        {
            Key = Guid.NewGuid(),
            Alias = alias,
            Name = name,
            DataTypeKey = dataType,
            GroupAlias = "content",
            Mandatory = mandatory,
            SortOrder = type.Properties.Count,
        });

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static void Check(Engine.Results.OperationResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
    }
}
