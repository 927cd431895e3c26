using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Content and media whose type or parent is not in the folder.</summary>
internal static class ContentReferenceChecks
{
    public static IEnumerable<SyncProblem> Check(FolderIndex index)
    {
        foreach (var file in index.Live<SyncContent>())
        {
            var content = (SyncContent)file.Item;
            var typeKind = content.Kind == ContentKind.Media ? ContentTypeKind.Media : ContentTypeKind.Document;
            if (!index.ContentTypeAliases.Contains($"{typeKind}:{content.Info.ContentType}"))
            {
                var folder = typeKind == ContentTypeKind.Media ? "MediaTypes" : "ContentTypes";
                yield return new SyncProblem(
                    SyncSeverity.Error,
                    file.Path,
                    SourceLines.Of(file, "Info", "ContentType"),
                    $"type '{content.Info.ContentType}' is not in {folder}");
            }

            var parent = content.Info.Parent;
            if (parent.Key != Guid.Empty && !index.ContentKeys.Contains($"{content.Kind}:{parent.Key}"))
            {
                yield return new SyncProblem(
                    SyncSeverity.Error,
                    file.Path,
                    SourceLines.Of(file, "Info", "Parent"),
                    parent.Alias.Length == 0
                        ? $"parent {parent.Key} is not in the folder"
                        : $"parent '{parent.Alias}' ({parent.Key}) is not in the folder");
            }
        }
    }
}
