using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Files in the wrong handler folder, and data types whose editor the site does not have.</summary>
internal static class ShapeChecks
{
    private static readonly Dictionary<string, string> RootByFolder = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DataTypes"] = "DataType",
        ["ContentTypes"] = "ContentType",
        ["MediaTypes"] = "MediaType",
        ["Content"] = "Content",
        ["Media"] = "Media",
        ["Languages"] = "Language",
        ["Templates"] = "Template",
        ["MemberTypes"] = "MemberType",
        ["Dictionary"] = "Dictionary",
        ["Blueprints"] = "Content",
        ["Domains"] = "Domain",
    };

    public static IEnumerable<SyncProblem> RootElements(FolderIndex index)
    {
        foreach (var file in index.Folder.Files.Where(file => file.HandlerFolder is not null && file.Item is not SyncEmpty))
        {
            var actual = file.Item.ElementName;
            var expected = file.HandlerFolder == "" ? "uSync" : RootByFolder.GetValueOrDefault(file.HandlerFolder!);
            if (expected is not null && actual != expected)
            {
                yield return new SyncProblem(
                    SyncSeverity.Error,
                    file.Path,
                    SourceLines.Root(file),
                    $"<{actual}> does not belong in {(file.HandlerFolder == "" ? "the root folder" : file.HandlerFolder)}; expected <{expected}>");
            }
        }
    }

    public static IEnumerable<SyncProblem> Editors(FolderIndex index) =>
        from file in index.Live<SyncDataType>()
        let dataType = (SyncDataType)file.Item
        where !index.Options.InstalledEditorAliases.Contains(dataType.EditorAlias)
        select new SyncProblem(
            SyncSeverity.Error,
            file.Path,
            SourceLines.Of(file, "Info", "EditorAlias"),
            $"property editor '{dataType.EditorAlias}' is not installed");
}
