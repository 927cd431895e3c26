using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>
/// Plans <c>Languages</c>: each file creates or updates the language with its ISO code (keys are not used, as in
/// uSync). A <c>Delete</c> marker deletes the language its alias names; a <c>Clean</c> marker deletes the languages no
/// file names. Deleting a language hides everything written in it, so both are refused without
/// <see cref="SyncImportOptions.AllowDataLoss"/>.
/// </summary>
internal static class LanguagePlanner
{
    public const string Folder = "Languages";

    public static void Plan(SyncPlan plan, SyncFolder folder, IReadOnlyList<Language> stored, bool allowDataLoss)
    {
        var files = folder.In(Folder).ToList();
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.Where(file => file.Item is SyncLanguage))
        {
            var mapped = LanguageMapper.ToEngine((SyncLanguage)file.Item);
            named.Add(mapped.IsoCode);
            var existing = Find(stored, mapped.IsoCode);
            mapped.Key = existing?.Key ?? mapped.Key;
            var details = existing is null ? [] : LanguageMapper.Differences(existing, mapped);
            var kind = existing is null ? SyncChangeKind.Create : details.Count > 0 ? SyncChangeKind.Update : SyncChangeKind.None;
            plan.Languages.Add(new(new SyncItemChange(SyncItemType.Language, mapped.Key, mapped.IsoCode, file.Path, kind, details), mapped));
        }

        foreach (var marker in files.Where(file => file.Item is SyncEmpty { Change: SyncChange.Delete }))
        {
            if (Find(stored, marker.Item.Alias) is { } language && !named.Contains(language.IsoCode))
            {
                Delete(plan, language, marker.Path, $"Delete marker '{marker.Item.Alias}'", allowDataLoss);
            }
        }

        foreach (var marker in files.Where(file => file.Item is SyncEmpty { Change: SyncChange.Clean }))
        {
            foreach (var language in stored.Where(language => !named.Contains(language.IsoCode) && !plan.Deletes.Any(change => change.ItemType == SyncItemType.Language && change.Key == language.Key)))
            {
                Delete(plan, language, marker.Path, $"not in the folder (Clean marker '{marker.Item.Alias}')", allowDataLoss);
            }
        }
    }

    private static void Delete(SyncPlan plan, Language language, string file, string reason, bool allowDataLoss)
    {
        plan.Deletes.Add(new SyncItemChange(SyncItemType.Language, language.Key, language.IsoCode, file, SyncChangeKind.Delete, [reason, "data loss: content written in it is no longer delivered"], DataLoss: true));
        if (!allowDataLoss)
        {
            plan.Error(file, $"Language '{language.IsoCode}' ({language.Name}): refused because deleting it ({reason}) hides all content written in it. Import with AllowDataLoss (--allow-data-loss) to apply it.");
        }
    }

    private static Language? Find(IReadOnlyList<Language> languages, string isoCode) =>
        languages.FirstOrDefault(language => string.Equals(language.IsoCode, LanguageRules.Normalise(isoCode) ?? isoCode, StringComparison.OrdinalIgnoreCase));
}
