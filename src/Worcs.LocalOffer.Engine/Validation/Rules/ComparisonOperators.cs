namespace Worcs.LocalOffer.Engine.Validation.Rules;

internal static class ComparisonOperators
{
    private static readonly Dictionary<string, (Func<int, bool> Holds, string Words)> _operators = new(StringComparer.Ordinal)
    {
        [">"] = (order => order > 0, "after"),
        [">="] = (order => order >= 0, "on or after"),
        ["<"] = (order => order < 0, "before"),
        ["<="] = (order => order <= 0, "on or before"),
        ["!="] = (order => order != 0, "different from"),
    };

    public static IEnumerable<string> Known => _operators.Keys;

    public static bool IsKnown(string op) => _operators.ContainsKey(op);

    /// <summary>Whether <paramref name="order"/> (left compared to right) satisfies <paramref name="op"/>.</summary>
    public static bool Holds(string op, int order) => _operators[op].Holds(order);

    public static string Words(string op) => _operators[op].Words;
}
