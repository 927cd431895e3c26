namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>Collects "field: old → new" details for a report.</summary>
internal static class Diff
{
    public static void Add<T>(List<string> details, string field, T stored, T mapped)
    {
        if (!EqualityComparer<T>.Default.Equals(stored, mapped))
        {
            details.Add($"{field}: '{stored}' → '{mapped}'");
        }
    }

    public static void AddText(List<string> details, string field, string? stored, string? mapped)
    {
        if (!string.Equals(stored ?? "", mapped ?? "", StringComparison.Ordinal))
        {
            details.Add($"{field}: '{stored}' → '{mapped}'");
        }
    }
}
