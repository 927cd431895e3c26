using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Media.Configuration;
using Worcs.LocalOffer.Sync.Configuration;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Host.Startup;

/// <summary>
/// Imports the uSync folder once the migrations are applied: everything on first boot, and on later boots what
/// <see cref="SyncSettings.ImportAtStartup"/> says (by default the schema only, leaving editors' content alone).
/// Several roots (<see cref="SyncSettings.Folders"/>) are merged, later ones winning. A failed import is logged and
/// the site starts with what the database holds.
/// </summary>
internal sealed class SyncStartupImport(
    SyncImporter importer,
    ContentTypeService contentTypes,
    IOptions<SyncSettings> settings,
    IHostEnvironment environment,
    IOptions<MediaSettings> media,
    ILogger<SyncStartupImport> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var roots = settings.Value.ResolveFolders(environment.ContentRootPath);
        if (roots.Count == 0)
        {
            logger.LogInformation("No uSync folder at {Folders}; nothing to import", string.Join(", ", settings.Value.ConfiguredFolders));
            return;
        }

        var firstBoot = (await contentTypes.GetAllAsync(cancellationToken)).Count == 0;
        if (OptionsFor(firstBoot) is not { } options)
        {
            return;
        }

        var result = await importer.ImportAsync(roots, options, cancellationToken);
        foreach (var problem in result.Problems)
        {
            logger.LogError("uSync import problem: {Problem}", problem);
        }

        logger.LogInformation(
            "uSync import from {Root} ({Mode}): {Applied} changes applied, {Copied} media files copied, succeeded: {Succeeded}",
            string.Join(" + ", roots), firstBoot ? "first boot" : settings.Value.ImportAtStartup, result.Applied.Count, result.CopiedMediaFiles.Count, result.Succeeded);
    }

    private SyncImportOptions? OptionsFor(bool firstBoot)
    {
        var mediaRoot = media.Value.ResolveRoot(environment.ContentRootPath);
        if (firstBoot)
        {
            return settings.Value.ImportOnFirstBoot ? new SyncImportOptions { MediaRoot = mediaRoot } : null;
        }

        return settings.Value.ImportAtStartup.ToUpperInvariant() switch
        {
            "SETTINGS" => new SyncImportOptions { SchemaOnly = true },
            "ALL" => new SyncImportOptions { MediaRoot = mediaRoot },
            // "None"; anything else was refused when the options were validated at start-up.
            _ => null,
        };
    }
}
