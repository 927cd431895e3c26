using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Reads and validates a folder, then compares every file with the database. Writes nothing.</summary>
internal sealed class SyncPlanner(DataTypeService dataTypes, ContentTypeService contentTypes, DocumentService documents, MediaService media, IMediaFileInspector inspector)
{
    public async Task<SyncPlan> PlanAsync(string rootFolder, SyncImportOptions options, CancellationToken cancellationToken)
    {
        var plan = new SyncPlan();
        // A schema-only import never touches documents or media, so it does not read their (many) files.
        var folder = new SyncFolderReader().Read(rootFolder, includeHandlerFolder: options.SchemaOnly ? IsSchemaFolder : null);
        var storedDataTypes = await dataTypes.GetAllAsync(cancellationToken);
        var storedTypes = await contentTypes.GetAllAsync(cancellationToken);
        var validation = new SyncFolderValidator(options.ValidationOptions(
            storedDataTypes.Select(dataType => dataType.Key).ToHashSet(),
            storedTypes.Select(type => type.Key).ToHashSet())).Validate(folder);
        plan.Problems.AddRange(validation.Problems);
        if (!validation.IsValid)
        {
            return plan;
        }

        SchemaPlanner.PlanDataTypes(plan, folder, storedDataTypes);
        SchemaPlanner.PlanContentTypes(plan, folder, storedTypes, options.AllowDataLoss);
        if (!options.SchemaOnly)
        {
            var filesFolder = options.FilesFolder ?? Path.Combine(rootFolder, "..", "Files");
            var facts = MediaFileFactsFiller.Create(inspector, filesFolder, folder, storedTypes);
            await NodePlanner.PlanAsync(plan, folder, storedTypes, LoadAsync, facts, cancellationToken);
        }

        // A schema-only read has no Content or Media files, so it plans no document or media deletes either.
        await DeletePlanner.PlanAsync(plan, folder, storedDataTypes, storedTypes, LoadAsync, cancellationToken);

        return plan;
    }

    private static bool IsSchemaFolder(string handlerFolder) =>
        !string.Equals(handlerFolder, "Content", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(handlerFolder, "Media", StringComparison.OrdinalIgnoreCase);

    private Task<NodeSnapshot?> LoadAsync(ContentKind kind, Guid key, CancellationToken cancellationToken) =>
        kind == ContentKind.Media ? media.GetAsync(key, cancellationToken) : documents.GetAsync(key, cancellationToken);
}
