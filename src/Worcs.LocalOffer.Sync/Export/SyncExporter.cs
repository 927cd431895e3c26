using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Export;

/// <summary>
/// Writes data types, content and media types, documents and media from the database as uSync files. An item whose
/// file is already in the folder (found by key) keeps that file's name, line endings and the fields the engine does
/// not store; other items get uSync's default names and values. Files are rewritten only when their bytes change;
/// files of items not in the database are left alone.
/// </summary>
public sealed class SyncExporter
{
    private const string CurrentUSyncVersion = "17.3.8.0";
    private readonly DataTypeService _dataTypes;
    private readonly ContentTypeService _contentTypes;
    private readonly DocumentService _documents;
    private readonly MediaService _media;
    private readonly SyncFileWriter _writer = new();

    internal SyncExporter(DataTypeService dataTypes, ContentTypeService contentTypes, DocumentService documents, MediaService media)
    {
        _dataTypes = dataTypes;
        _contentTypes = contentTypes;
        _documents = documents;
        _media = media;
    }

    public async Task<SyncExportResult> ExportAsync(string rootFolder, CancellationToken cancellationToken = default)
    {
        var existing = new ExistingFiles(rootFolder);
        var output = new ExportOutput(rootFolder);
        var dataTypes = (await _dataTypes.GetAllAsync(cancellationToken)).ToDictionary(dataType => dataType.Key);
        var types = (await _contentTypes.GetAllAsync(cancellationToken)).ToDictionary(type => type.Key);
        await output.WriteAsync(existing.VersionMarker, existing.VersionMarker?.Item ?? new SyncVersionMarker { Version = CurrentUSyncVersion }, _writer, cancellationToken);
        foreach (var dataType in dataTypes.Values.OrderBy(dataType => dataType.Key))
        {
            var file = existing.Find<SyncDataType>(dataType.Key);
            await output.WriteAsync(file, DataTypeMapper.ToSync(dataType, (SyncDataType?)file?.Item), _writer, cancellationToken);
        }

        foreach (var type in types.Values.OrderBy(type => type.Key))
        {
            var file = existing.Find<SyncContentType>(type.Key);
            await output.WriteAsync(file, ContentTypeExportMapper.ToSync(type, types, dataTypes, (SyncContentType?)file?.Item), _writer, cancellationToken);
        }

        await ExportTreeAsync(NodeKind.Media, null, "", "", types, existing, output, cancellationToken);
        await ExportTreeAsync(NodeKind.Document, null, "", "", types, existing, output, cancellationToken);
        return output.Result();
    }

    private async Task ExportTreeAsync(
        NodeKind kind,
        Guid? parentKey,
        string parentName,
        string parentPath,
        IReadOnlyDictionary<Guid, ContentType> types,
        ExistingFiles existing,
        ExportOutput output,
        CancellationToken cancellationToken)
    {
        var children = kind == NodeKind.Media
            ? await _media.GetChildrenAsync(parentKey, cancellationToken)
            : await _documents.GetChildrenAsync(parentKey, cancellationToken);
        foreach (var child in children)
        {
            var snapshot = kind == NodeKind.Media
                ? await _media.GetAsync(child.Key, cancellationToken)
                : await _documents.GetAsync(child.Key, cancellationToken);
            if (snapshot is null)
            {
                continue;
            }

            var type = types[snapshot.Node.ContentTypeKey];
            var path = $"{parentPath}/{ContentExportMapper.PathSegment(snapshot.Draft.Name)}";
            var file = existing.Find<SyncContent>(child.Key);
            var item = ContentExportMapper.ToSync(snapshot, type.Alias, parentName, path, PropertyAliases(type, types), (SyncContent?)file?.Item);
            await output.WriteAsync(file, item, _writer, cancellationToken);
            await ExportTreeAsync(kind, child.Key, snapshot.Draft.Name, path, types, existing, output, cancellationToken);
        }
    }

    private static List<string> PropertyAliases(ContentType type, IReadOnlyDictionary<Guid, ContentType> types)
    {
        var aliases = new List<string>();
        var seen = new HashSet<Guid>();
        void Collect(ContentType current)
        {
            if (!seen.Add(current.Key))
            {
                return;
            }

            aliases.AddRange(current.Properties.Select(property => property.Alias));
            foreach (var composition in current.CompositionKeys.Select(types.GetValueOrDefault).OfType<ContentType>())
            {
                Collect(composition);
            }
        }

        Collect(type);
        return [.. aliases.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
