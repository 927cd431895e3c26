using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Keys and aliases in content and media types that nothing in the folder (or the site) answers to.</summary>
internal static class ReferenceChecks
{
    public static IEnumerable<SyncProblem> ContentTypes(FolderIndex index) =>
        index.Live<SyncContentType>().SelectMany(file => ContentType(index, file, (SyncContentType)file.Item));

    private static IEnumerable<SyncProblem> ContentType(FolderIndex index, SyncFile file, SyncContentType type)
    {
        foreach (var property in type.Properties.Where(p => !index.DataTypeKeys.Contains(p.Definition)))
        {
            yield return Error(
                file,
                SourceLines.OfProperty(file, property.Alias, "Definition"),
                $"property '{property.Alias}' uses data type {property.Definition}, which is not in DataTypes");
        }

        if (type.Info.ListView != Guid.Empty && !index.DataTypeKeys.Contains(type.Info.ListView))
        {
            yield return Error(file, SourceLines.Of(file, "Info", "ListView"), $"list view data type {type.Info.ListView} is not in DataTypes");
        }

        if (type.Info.Parent is { } parent && !index.ContentTypeKeys.Contains(parent.Key))
        {
            yield return Error(file, SourceLines.Of(file, "Info", "Parent"), $"parent type '{parent.Alias}' ({parent.Key}) is not in the folder");
        }

        foreach (var composition in type.Info.Compositions.Where(c => !index.ContentTypeKeys.Contains(c.Key)))
        {
            yield return Error(
                file,
                SourceLines.OfChild(file, ["Info", "Compositions"], e => e.Attribute("Key")?.Value == composition.Key.ToString("D")),
                $"composition '{composition.Alias}' ({composition.Key}) is not in the folder");
        }

        foreach (var child in type.Structure.Where(c => !index.ContentTypeKeys.Contains(c.Key)))
        {
            yield return Error(
                file,
                SourceLines.OfChild(file, ["Structure"], e => e.Attribute("Key")?.Value == child.Key.ToString("D")),
                $"allowed child type '{child.Alias}' ({child.Key}) is not in the folder");
        }
    }

    private static SyncProblem Error(SyncFile file, int? line, string message) =>
        new(SyncSeverity.Error, file.Path, line, message);
}
