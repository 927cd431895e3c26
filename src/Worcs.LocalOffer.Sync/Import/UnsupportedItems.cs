using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Reports the files of item types the CMS does not hold (dictionary items, templates, member types…):
/// they are not imported, and an export leaves their files exactly as they are.
/// </summary>
internal static class UnsupportedItems
{
    public static void Report(SyncPlan plan, SyncFolder folder)
    {
        foreach (var file in folder.Files.Where(file => file.Item is SyncUnsupportedItem))
        {
            plan.Problems.Add(new SyncProblem(
                SyncSeverity.Warning,
                file.Path,
                null,
                $"{file.Item.ElementName} '{file.Item.Alias}' ({file.Item.Key}): not imported ({file.Item.ElementName} items are not held by this CMS); exports leave the file as it is"));
        }
    }
}
