using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Benchmarks;

/// <summary>
/// Creates and publishes 1,000 news articles, one transaction each, into a fresh database per run, and reports
/// documents per second. Arguments: [runs] [documents] [postgres connection string to also measure PostgreSQL].
/// </summary>
internal static class PublishBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var postgres = args.Length > 2 ? args[2] : null;
        Console.WriteLine($"Save + publish of {count} documents, one transaction each. Machine: {MachineDescription.Describe()}");
        Console.WriteLine("| engine | run | seconds | documents/s |");
        Console.WriteLine("|---|---|---|---|");
        var engines = postgres is null ? new[] { DatabaseProvider.Sqlite } : [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];
        foreach (var engine in engines)
        {
            var rates = new List<double>();
            var warmUp = await MeasureAsync(NewSettings(engine, postgres), count);
            Console.WriteLine($"| {engine} | warm-up (not counted) | {warmUp:F2} | {count / warmUp:F0} |");
            for (var run = 1; run <= runs; run++)
            {
                var seconds = await MeasureAsync(NewSettings(engine, postgres), count);
                rates.Add(count / seconds);
                Console.WriteLine($"| {engine} | {run} | {seconds:F2} | {count / seconds:F0} |");
            }

            Console.WriteLine($"| {engine} | median | | {rates.Order().ElementAt(rates.Count / 2):F0} |");
        }
    }

    private static DatabaseSettings NewSettings(DatabaseProvider engine, string? postgres) =>
        engine == DatabaseProvider.Sqlite
            ? NewSqlite()
            : new DatabaseSettings(engine, postgres!.Replace("{db}", $"bench_{Guid.NewGuid():N}", StringComparison.Ordinal));

    private static DatabaseSettings NewSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("localoffer-bench-");
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "bench.sqlite.db")}");
    }

    private static async Task<double> MeasureAsync(DatabaseSettings settings, int count)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalOfferEngine();
        services.AddLocalOfferPersistence(settings);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var parentKey = await CreateSchemaAsync(provider);
        var documents = provider.GetRequiredService<DocumentService>();
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < count; index++)
        {
            var values = new Dictionary<string, string?> { ["title"] = $"SEND news item {index}", ["summary"] = "What is changing for EHCP reviews this term.", ["amount"] = "1085665.00" };
            var result = await documents.CreateAsync(new NodeCreateRequest("newsArticle", $"News item {index}", parentKey, values), publish: true);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.ToString());
            }
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<Guid> CreateSchemaAsync(IServiceProvider provider)
    {
        var text = new DataType { Key = Guid.NewGuid(), Name = "Text", EditorAlias = PropertyEditorAliases.TextBox };
        var amount = new DataType { Key = Guid.NewGuid(), Name = "Amount", EditorAlias = PropertyEditorAliases.Decimal, ConfigurationJson = "{\"min\":0}" };
        var dataTypes = provider.GetRequiredService<DataTypeService>();
        await dataTypes.SaveAsync(text);
        await dataTypes.SaveAsync(amount);
        var article = new ContentType { Key = Guid.NewGuid(), Alias = "newsArticle", Name = "News article" };
        article.Properties.Add(new PropertyType { Alias = "title", Name = "Title", DataTypeKey = text.Key, Mandatory = true });
        article.Properties.Add(new PropertyType { Alias = "summary", Name = "Summary", DataTypeKey = text.Key });
        article.Properties.Add(new PropertyType { Alias = "amount", Name = "Amount", DataTypeKey = amount.Key });
        var index = new ContentType { Key = Guid.NewGuid(), Alias = "newsIndex", Name = "News", AllowedAtRoot = true, AllowedChildTypeKeys = [article.Key] };
        var types = provider.GetRequiredService<ContentTypeService>();
        await types.SaveAsync(article);
        await types.SaveAsync(index);
        var news = await provider.GetRequiredService<DocumentService>().CreateAsync(new NodeCreateRequest("newsIndex", "News", null), publish: true);
        return news.Value!.Key;
    }
}
