using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>Reads and validates a folder, then compares every file with the database. Writes nothing.</summary>
internal sealed class SyncPlanner(LanguageService languages, DataTypeService dataTypes, ContentTypeService contentTypes, DocumentService documents, MediaService media, TimeProvider clock, IMediaFileInspector inspector, OfflineValidation engine)
{
    public async Task<SyncPlan> PlanAsync(IReadOnlyList<string> rootFolders, SyncImportOptions options, CancellationToken cancellationToken)
    {
        var plan = new SyncPlan();
        // A schema-only import never touches documents or media, so it does not read their (many) files.
        var folder = new SyncFolderReader().ReadMerged(rootFolders, options.SchemaOnly ? IsSchemaFolder : null);
        if (options.MediaRoot is not null)
        {
            plan.Problems.AddRange(MediaFiles.Links(MediaFiles.Sources(rootFolders, options)));
        }

        UnsupportedItems.Report(plan, folder);
        var storedLanguages = await languages.GetAllAsync(cancellationToken);
        var storedDataTypes = await dataTypes.GetAllAsync(cancellationToken);
        var storedTypes = await contentTypes.GetAllAsync(cancellationToken);
        var validation = new SyncFolderValidator(options.ValidationOptions(rootFolders, storedLanguages, storedDataTypes, storedTypes, engine)).Validate(folder);
        plan.Problems.AddRange(validation.Problems);
        if (!validation.IsValid)
        {
            return plan;
        }

        LanguagePlanner.Plan(plan, folder, storedLanguages, options.AllowDataLoss);
        SchemaPlanner.PlanDataTypes(plan, folder, storedDataTypes);
        SchemaPlanner.PlanContentTypes(plan, folder, storedTypes, options.AllowDataLoss);
        if (!options.SchemaOnly)
        {
            var facts = MediaFileFactsFiller.Create(inspector, MediaFiles.Sources(rootFolders, options), folder, storedTypes);
            var shapes = ContentShapes.Create(engine, storedDataTypes, storedTypes, storedLanguages, plan);
            await NodePlanner.PlanAsync(plan, folder, storedTypes, clock.GetUtcNow().UtcDateTime, LoadAsync, facts, shapes.For, cancellationToken);
        }

        // A schema-only read has no Content or Media files, so it plans no document or media deletes either.
        // Cleans first: a type or data type a Delete marker removes may still be used by the content a Clean removes.
        await CleanPlanner.PlanAsync(plan, folder, options.AllowDataLoss, ChildrenAsync, cancellationToken);
        await DeletePlanner.PlanAsync(plan, folder, storedDataTypes, storedTypes, LoadAsync, cancellationToken);

        return plan;
    }

    private static bool IsSchemaFolder(string handlerFolder) =>
        !string.Equals(handlerFolder, "Content", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(handlerFolder, "Media", StringComparison.OrdinalIgnoreCase);

    private Task<IReadOnlyList<Node>> ChildrenAsync(ContentKind kind, Guid? parentKey, CancellationToken cancellationToken) =>
        kind == ContentKind.Media ? media.GetChildrenAsync(parentKey, cancellationToken) : documents.GetChildrenAsync(parentKey, cancellationToken);

    private Task<NodeSnapshot?> LoadAsync(ContentKind kind, Guid key, CancellationToken cancellationToken) =>
        kind == ContentKind.Media ? media.GetAsync(key, cancellationToken) : documents.GetAsync(key, cancellationToken);
}
