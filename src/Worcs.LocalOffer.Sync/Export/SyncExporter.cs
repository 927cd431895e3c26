using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Export;

/// <summary>
/// Writes languages, data types, content and media types, documents and media from the database as uSync files. An item whose
/// file is already in the folder (found by key) keeps that file's name, line endings and the fields the engine does
/// not store; other items get uSync's default names and values. Files are rewritten only when their bytes change;
/// files of items not in the database are left alone.
/// </summary>
public sealed class SyncExporter
{
    private const string CurrentUSyncVersion = "17.3.8.0";
    private readonly LanguageService _languages;
    private readonly DataTypeService _dataTypes;
    private readonly ContentTypeService _contentTypes;
    private readonly DocumentService _documents;
    private readonly MediaService _media;
    private readonly SyncFileWriter _writer = new();

    internal SyncExporter(LanguageService languages, DataTypeService dataTypes, ContentTypeService contentTypes, DocumentService documents, MediaService media)
    {
        _languages = languages;
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
        // uSync 17 writes the hash of the image HMAC secret, empty when (as here) there is none.
        await output.WriteAsync(existing.VersionMarker, existing.VersionMarker?.Item ?? new SyncVersionMarker { Version = CurrentUSyncVersion, Hmac = "" }, _writer, cancellationToken);
        var languages = await _languages.GetAllAsync(cancellationToken);
        foreach (var language in languages.OrderBy(language => language.IsoCode, StringComparer.OrdinalIgnoreCase))
        {
            var file = existing.FindLanguage(language.IsoCode);
            await output.WriteAsync(file, LanguageMapper.ToSync(language, (SyncLanguage?)file?.Item), _writer, cancellationToken);
        }

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

        var run = new ExportRun(types, existing, output, languages.FirstOrDefault(language => language.IsDefault)?.IsoCode);
        foreach (var kind in new[] { NodeKind.Media, NodeKind.Document })
        {
            await ExportNodesAsync(kind, await ChildrenAsync(kind, null, cancellationToken), "", "", run, cancellationToken);
            var bin = kind == NodeKind.Media ? await _media.GetRecycleBinAsync(cancellationToken) : await _documents.GetRecycleBinAsync(cancellationToken);
            await ExportNodesAsync(kind, bin, "", "", run, cancellationToken);
        }

        return output.Result();
    }

    private Task<IReadOnlyList<Node>> ChildrenAsync(NodeKind kind, Guid? parentKey, CancellationToken cancellationToken) =>
        kind == NodeKind.Media ? _media.GetChildrenAsync(parentKey, cancellationToken) : _documents.GetChildrenAsync(parentKey, cancellationToken);

    private async Task ExportNodesAsync(NodeKind kind, IReadOnlyList<Node> children, string parentName, string parentPath, ExportRun run, CancellationToken cancellationToken)
    {
        foreach (var child in children)
        {
            var snapshot = kind == NodeKind.Media
                ? await _media.GetAsync(child.Key, cancellationToken)
                : await _documents.GetAsync(child.Key, cancellationToken);
            if (snapshot is null)
            {
                continue;
            }

            var type = run.Types[snapshot.Node.ContentTypeKey];
            var path = $"{parentPath}/{ContentExportMapper.PathSegment(snapshot.Draft.Name)}";
            var file = run.Existing.Find<SyncContent>(child.Key);
            var properties = Properties(type, run.Types);
            var shape = ContentShape.For(type, properties, run.DefaultCulture);
            var item = ContentExportMapper.ToSync(snapshot, type.Alias, parentName, path, [.. properties.Select(property => property.Alias)], (SyncContent?)file?.Item, shape);
            await run.Output.WriteAsync(file, item, _writer, cancellationToken);
            await ExportNodesAsync(kind, await ChildrenAsync(kind, child.Key, cancellationToken), snapshot.Draft.Name, path, run, cancellationToken);
        }
    }

    /// <summary>The type's properties and its compositions', one per alias.</summary>
    private static List<PropertyType> Properties(ContentType type, IReadOnlyDictionary<Guid, ContentType> types)
    {
        var properties = new List<PropertyType>();
        var seen = new HashSet<Guid>();
        void Collect(ContentType current)
        {
            if (!seen.Add(current.Key))
            {
                return;
            }

            properties.AddRange(current.Properties);
            foreach (var composition in current.CompositionKeys.Select(types.GetValueOrDefault).OfType<ContentType>())
            {
                Collect(composition);
            }
        }

        Collect(type);
        return [.. properties.DistinctBy(property => property.Alias, StringComparer.OrdinalIgnoreCase)];
    }

    private sealed record ExportRun(IReadOnlyDictionary<Guid, ContentType> Types, ExistingFiles Existing, ExportOutput Output, string? DefaultCulture);
}
