using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.CrashWorker;

/// <summary>
/// One stamped document, republished with every property set to the iteration number, and a branch of
/// <see cref="BranchSize"/> documents trashed and restored whole. Prints each change only after it committed.
/// </summary>
public sealed class CrashWorkload(DocumentService documents, Guid stampedKey, Guid branchKey)
{
    public const string StampedName = "Stamped";
    public const string BranchName = "Branch";
    public const int BranchSize = 40;
    public static readonly string[] StampedProperties = ["title", "summary", "count"];

    public static async Task<CrashWorkload> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<DocumentService>();
        var roots = await documents.GetChildrenAsync(null, cancellationToken);
        if (roots.Count == 0)
        {
            await CreateSchemaAsync(services, cancellationToken);
            await CreateContentAsync(documents, cancellationToken);
            roots = await documents.GetChildrenAsync(null, cancellationToken);
        }

        var stamped = roots.Single(root => root.Name.StartsWith(StampedName, StringComparison.Ordinal));
        var branch = roots.SingleOrDefault(root => root.Name == BranchName)
            ?? (await documents.GetRecycleBinAsync(cancellationToken)).Single();
        return new CrashWorkload(documents, stamped.Key, branch.Key);
    }

    public async Task RunForeverAsync(Action<string> report, CancellationToken cancellationToken)
    {
        var snapshot = await documents.GetAsync(stampedKey, cancellationToken);
        var iteration = int.Parse(snapshot!.Published!.GetValue("count")!, System.Globalization.CultureInfo.InvariantCulture);
        while (!cancellationToken.IsCancellationRequested)
        {
            iteration++;
            var values = StampedProperties.ToDictionary(alias => alias, _ => (string?)iteration.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var published = await documents.SaveAsync(new NodeUpdateRequest(stampedKey, $"{StampedName} {iteration}", values), publish: true, cancellationToken);
            Require(published.Succeeded, published.ToString());
            report($"published {iteration}");

            var branch = (await documents.GetAsync(branchKey, cancellationToken))!.Node;
            var moved = branch.Trashed
                ? await documents.RestoreAsync(branchKey, null, cancellationToken)
                : await documents.TrashAsync(branchKey, null, cancellationToken);
            Require(moved.Succeeded, moved.ToString());
            report(branch.Trashed ? "restored" : "trashed");
        }
    }

    private static async Task CreateSchemaAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var text = new DataType { Key = Guid.NewGuid(), Name = "Text", EditorAlias = PropertyEditorAliases.TextBox };
        var number = new DataType { Key = Guid.NewGuid(), Name = "Number", EditorAlias = PropertyEditorAliases.Integer };
        var dataTypes = services.GetRequiredService<DataTypeService>();
        Require((await dataTypes.SaveAsync(text, null, cancellationToken)).Succeeded, "text data type");
        Require((await dataTypes.SaveAsync(number, null, cancellationToken)).Succeeded, "number data type");
        var page = new ContentType { Key = Guid.NewGuid(), Alias = "page", Name = "Page", AllowedAtRoot = true };
        page.AllowedChildTypeKeys.Add(page.Key);
        page.Properties.Add(new PropertyType { Key = Guid.NewGuid(), Alias = "title", Name = "Title", DataTypeKey = text.Key, Mandatory = true });
        page.Properties.Add(new PropertyType { Key = Guid.NewGuid(), Alias = "summary", Name = "Summary", DataTypeKey = text.Key });
        page.Properties.Add(new PropertyType { Key = Guid.NewGuid(), Alias = "count", Name = "Count", DataTypeKey = number.Key });
        Require((await services.GetRequiredService<ContentTypeService>().SaveAsync(page, null, cancellationToken)).Succeeded, "page type");
    }

    private static async Task CreateContentAsync(DocumentService documents, CancellationToken cancellationToken)
    {
        var zero = StampedProperties.ToDictionary(alias => alias, _ => (string?)"0");
        Require((await documents.CreateAsync(new NodeCreateRequest("page", $"{StampedName} 0", null, zero), publish: true, cancellationToken)).Succeeded, "stamped");
        var branch = await documents.CreateAsync(new NodeCreateRequest("page", BranchName, null, zero), publish: true, cancellationToken);
        Require(branch.Succeeded, "branch");
        var parent = branch.Value!.Key;
        for (var index = 0; index < BranchSize; index++)
        {
            var child = await documents.CreateAsync(new NodeCreateRequest("page", $"Child {index}", parent, zero), publish: true, cancellationToken);
            Require(child.Succeeded, child.ToString());
            parent = index % 4 == 3 ? branch.Value.Key : child.Value!.Key;
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Crash workload step failed: {what}");
        }
    }
}
