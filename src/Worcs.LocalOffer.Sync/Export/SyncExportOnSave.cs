using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Sync.Export;

/// <summary>
/// Writes the uSync folder again after a language, a data type or a type is saved, so the files in git follow the backoffice.
/// Only files whose bytes change are rewritten. A failed export is logged; the save itself has already committed.
/// </summary>
public sealed class SyncExportOnSave(SyncExporter exporter, string rootFolder, ILogger<SyncExportOnSave> logger)
    : INotificationHandler<ContentTypeChangedNotification>, INotificationHandler<DataTypeChangedNotification>, INotificationHandler<LanguageChangedNotification>
{
    public Task HandleAsync(ContentTypeChangedNotification notification, CancellationToken cancellationToken) => ExportAsync(cancellationToken);

    public Task HandleAsync(DataTypeChangedNotification notification, CancellationToken cancellationToken) => ExportAsync(cancellationToken);

    public Task HandleAsync(LanguageChangedNotification notification, CancellationToken cancellationToken) => ExportAsync(cancellationToken);

    private async Task ExportAsync(CancellationToken cancellationToken)
    {
        var result = await exporter.ExportAsync(rootFolder, cancellationToken);
        if (result.Written.Count > 0)
        {
            logger.LogInformation("Export on save wrote {Files} to {Root}", string.Join(", ", result.Written), rootFolder);
        }
    }
}
