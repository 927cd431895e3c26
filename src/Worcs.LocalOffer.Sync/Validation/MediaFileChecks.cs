using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Sync.Mapping;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Upload values whose file is not in the folder's <c>Files/media</c>, so the site would link to nothing.</summary>
internal static class MediaFileChecks
{
    private const string MediaPrefix = "/media/";

    public static IEnumerable<SyncProblem> Check(FolderIndex index)
    {
        var filesFolders = index.Options.FilesFolders;
        if (filesFolders.Count == 0)
        {
            yield break;
        }

        foreach (var (file, content, type) in index.TypedNodes())
        {
            var editors = index.Schema.EditorAliasesOf(type);
            foreach (var (alias, value) in ContentMapper.Values(content))
            {
                if (value is null || !value.StartsWith(MediaPrefix, StringComparison.OrdinalIgnoreCase) || MediaFiles.IsUnsafe(value)
                    || !string.Equals(editors.GetValueOrDefault(alias), PropertyEditorAliases.UploadField, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var relative = value[1..];
                if (!filesFolders.Any(folder => File.Exists(Path.Combine(folder, relative))))
                {
                    yield return new SyncProblem(
                        SyncSeverity.Error,
                        file.Path,
                        SourceLines.Of(file, "Properties", alias),
                        $"properties.{alias}: the file '{value}' is not in {DisplayFiles(filesFolders[0])}/{relative[..(relative.LastIndexOf('/') + 1)]}");
                }
            }
        }
    }

    private static string DisplayFiles(string filesFolder) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(filesFolder))) is { Length: > 0 } name ? name : filesFolder;
}
