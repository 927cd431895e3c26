namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// A sort's direction as Umbraco reads it: text starting with <c>asc</c> (lower case) is ascending, anything else
/// descending. So <c>desc</c> in any case is descending; <c>ASC</c> or a typo, which Umbraco silently sorts descending,
/// is a 400 unless lenient parsing is on.
/// </summary>
internal static class SortDirection
{
    public static QueryError? TryParse(string sort, bool lenient, out bool descending)
    {
        var direction = sort[(sort.IndexOf(':', StringComparison.Ordinal) + 1)..];
        descending = !direction.StartsWith("asc", StringComparison.Ordinal);
        var meant = direction.Equals("desc", StringComparison.OrdinalIgnoreCase) || direction.Equals("descending", StringComparison.OrdinalIgnoreCase);
        if (!descending || meant || lenient)
        {
            return null;
        }

        return new QueryError("sort", "Invalid sort", direction.StartsWith("asc", StringComparison.OrdinalIgnoreCase)
            ? $"'{sort}': Umbraco reads '{direction}' as descending; write asc (lower case) to sort ascending, or desc."
            : $"'{sort}': the direction must be asc or desc.");
    }
}
