namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Orders field values of one kind; nodes without a value come last in either direction.</summary>
public sealed class SortValueComparer(bool descending) : IComparer<object?>
{
    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        var result = CompareValues(x, y);
        return descending ? -result : result;
    }

    public static int CompareValues(object x, object y) => (x, y) switch
    {
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        (decimal a, decimal b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => string.CompareOrdinal(x.ToString(), y.ToString()),
    };
}
