using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// Data types and types checked by the engine's own validators, as saving them would be. What the folder checks
/// already report with file context (names clashing in the folder, editors, dangling references) is left to them.
/// </summary>
internal static class EngineSchemaChecks
{
    public static IEnumerable<SyncProblem> DataTypes(FolderIndex index) =>
        from file in index.Live<SyncDataType>()
        from error in index.Schema.ValidateDataType(DataTypeMapper.ToEngine((SyncDataType)file.Item))
        where error.Path == "configuration" || (error.Path == "name" && string.IsNullOrWhiteSpace(((SyncDataType)file.Item).Name))
        select new SyncProblem(SyncSeverity.Error, file.Path, DataTypeLine(file, error.Path), error.ToString());

    public static IEnumerable<SyncProblem> ContentTypes(FolderIndex index)
    {
        var clashingAliases = index.Live<SyncContentType>()
            .GroupBy(file => (((SyncContentType)file.Item).Kind, file.Item.Alias.ToUpperInvariant()))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToHashSet();
        foreach (var file in index.Live<SyncContentType>())
        {
            var item = (SyncContentType)file.Item;
            var type = Resolvable(ContentTypeMapper.ToEngine(item), index);
            foreach (var error in index.Schema.ValidateContentType(type))
            {
                if (error.Path == "alias" && clashingAliases.Contains((item.Kind, item.Alias.ToUpperInvariant())))
                {
                    continue;
                }

                yield return new SyncProblem(SyncSeverity.Error, file.Path, ContentTypeLine(file, error), error.ToString());
            }
        }
    }

    /// <summary>
    /// The type without the references <see cref="ReferenceChecks"/> already reports as missing, and without
    /// properties whose data type is known only by key.
    /// </summary>
    private static ContentType Resolvable(ContentType type, FolderIndex index)
    {
        var copy = ContentTypeMapper.WithReferencesTo(type, index.ContentTypeKeys);
        copy.Properties = [.. type.Properties.Where(property => index.Schema.HasDataType(property.DataTypeKey))];
        return copy;
    }

    private static int? DataTypeLine(SyncFile file, string path) => path switch
    {
        "configuration" => SourceLines.Of(file, "Config"),
        "editorAlias" => SourceLines.Of(file, "Info", "EditorAlias"),
        _ => SourceLines.Of(file, "Info", "Name"),
    };

    private static int? ContentTypeLine(SyncFile file, ValidationError error) => error.Path switch
    {
        "name" => SourceLines.Of(file, "Info", "Name"),
        "compositions" => SourceLines.Of(file, "Info", "Compositions"),
        "allowedChildTypes" => SourceLines.Of(file, "Structure"),
        _ when error.Path.StartsWith("properties.", StringComparison.Ordinal) => SourceLines.OfProperty(file, error.Path["properties.".Length..], "Alias"),
        _ => SourceLines.Root(file),
    };
}
