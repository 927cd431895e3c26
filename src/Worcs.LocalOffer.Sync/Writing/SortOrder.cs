namespace Worcs.LocalOffer.Sync.Writing;

/// <summary>
/// uSync sorts with LINQ's <c>OrderBy</c> on strings, which compares by culture rather than ordinally; GUIDs compare as
/// their lower-case text.
/// </summary>
internal static class SortOrder
{
    public static StringComparer Names { get; } = StringComparer.InvariantCulture;

    public static IOrderedEnumerable<T> ByName<T>(IEnumerable<T> items, Func<T, string?> name) =>
        items.OrderBy(item => name(item) ?? "", Names);

    public static IOrderedEnumerable<T> ByKey<T>(IEnumerable<T> items, Func<T, Guid> key) =>
        items.OrderBy(item => key(item).ToString("D"), StringComparer.Ordinal);
}
